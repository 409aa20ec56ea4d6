package org.linkage.taskdispatch.burden;

import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.task.Task;
import org.linkage.taskdispatch.task.TaskState;
import org.linkage.taskdispatch.todo.TodoItem;
import org.linkage.taskdispatch.todo.TodoList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Screens a task about to be issued (基层减负), from the to-do lists of the organisations it reaches,
 * read in one {@code _id $in} lookup: which communities it would push past their budget, and which
 * open task it nearly duplicates. A task overlaps another when both reach the same organisation, so
 * the candidates are exactly the tasks on those to-do lists, fetched by id too; no scan.
 */
@Component
public class IssueScreening {

    private final ReactiveMongoTemplate mongo;
    private final int budget;
    private final Duration window;
    private final double threshold;

    IssueScreening(ReactiveMongoTemplate mongo, @Value("${linkage.burden.budget:20}") int budget,
                   @Value("${linkage.duplicates.window:P30D}") Duration window,
                   @Value("${linkage.duplicates.threshold:0.6}") double threshold) {
        this.mongo = mongo;
        this.budget = budget;
        this.window = window;
        this.threshold = threshold;
    }

    /**
     * @param overBudget  the communities that hold {@code budget} open assignments or more already
     * @param duplicateOf the most similar open task reaching the same organisations, or null
     */
    public record Screening(int budget, List<CommunityLoad> overBudget, String duplicateOf, Double similarity) {

        public BurdenWarning warning() {
            return overBudget.isEmpty() ? null : new BurdenWarning(budget, overBudget);
        }
    }

    public int budget() {
        return budget;
    }

    /**
     * @param communities the communities that will work on the task (budgets apply to them)
     * @param others      the other organisations it reaches, e.g. relay streets (duplicates only)
     */
    public Mono<Screening> screen(Collection<DirectoryOrg> communities, Collection<DirectoryOrg> others, String title,
                                  String body, Instant now) {
        Set<String> ids = Stream.concat(communities.stream(), others.stream()).map(DirectoryOrg::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return todoLists(ids).flatMap(lists -> {
            List<CommunityLoad> over = communities.stream()
                    .map(c -> new CommunityLoad(c.id(), c.name(), open(lists.get(c.id()))))
                    .filter(load -> load.open() + 1 > budget)
                    .toList();
            Set<String> candidates = lists.values().stream().flatMap(list -> list.items().stream())
                    .map(TodoItem::taskId).collect(Collectors.toSet());
            return nearestDuplicate(candidates, title, body, now)
                    .map(match -> new Screening(budget, over, match.task().id(), match.similarity()))
                    .defaultIfEmpty(new Screening(budget, over, null, null));
        });
    }

    /** The open-assignment count of each community, by one read of their to-do lists. */
    public Mono<Map<String, Integer>> loads(Collection<String> communityIds) {
        return todoLists(communityIds).map(lists -> communityIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> open(lists.get(id)))));
    }

    private Mono<Map<String, TodoList>> todoLists(Collection<String> orgIds) {
        if (orgIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return mongo.find(Query.query(Criteria.where("_id").in(orgIds)), TodoList.class, TodoList.COLLECTION)
                .collectMap(TodoList::orgId, Function.identity());
    }

    private record Match(Task task, double similarity) {
    }

    private Mono<Match> nearestDuplicate(Set<String> taskIds, String title, String body, Instant now) {
        if (taskIds.isEmpty()) {
            return Mono.empty();
        }
        Instant since = now.minus(window);
        String text = title + "\n" + body;
        return mongo.find(Query.query(Criteria.where("_id").in(taskIds)), Task.class, Task.COLLECTION)
                .filter(task -> task.state() == TaskState.OPEN && !task.issuedAt().isBefore(since))
                .map(task -> new Match(task, TextSimilarity.similarity(text, task.title() + "\n" + task.body())))
                .filter(match -> match.similarity() >= threshold)
                .sort(Comparator.comparingDouble(Match::similarity).reversed()
                        .thenComparing(match -> match.task().issuedAt(), Comparator.reverseOrder()))
                .next();
    }

    private static int open(TodoList list) {
        return list == null ? 0 : list.items().size();
    }
}
