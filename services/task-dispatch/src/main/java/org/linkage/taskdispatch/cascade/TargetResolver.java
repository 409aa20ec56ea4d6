package org.linkage.taskdispatch.cascade;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.events.task.TargetScope;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.problem.ApiException.FieldError;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.DirectoryUnit;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.org.UnitDirectory;
import org.linkage.platform.events.org.UnitCategory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the organisations a scope names, in the directory, and refuses the whole task (400 naming
 * the field) when any of them is unknown, outside the issuer's subtree, of another tier or retired.
 */
@Component
class TargetResolver {

    private static final String TARGETS = "targetOrgIds";

    private final OrgDirectory directory;
    private final UnitDirectory units;

    TargetResolver(OrgDirectory directory, UnitDirectory units) {
        this.directory = directory;
        this.units = units;
    }

    Mono<Targets> resolve(DirectoryOrg issuer, TargetScope scope, List<String> targetIds, UnitCategory category,
                          TaskMode mode) {
        boolean chosen = scope == TargetScope.STREETS || scope == TargetScope.COMMUNITIES;
        if (scope == TargetScope.UNIT_CATEGORY) {
            return !targetIds.isEmpty() ? invalid(TARGETS, "must be empty for scope " + scope)
                    : category == null ? invalid("targetUnitCategory", "required for scope " + scope)
                    : units(issuer, category);
        }
        if (category != null) {
            return invalid("targetUnitCategory", "only for scope " + TargetScope.UNIT_CATEGORY);
        }
        if (chosen && targetIds.isEmpty()) {
            return invalid(TARGETS, "name at least one organisation for scope " + scope);
        }
        if (!chosen && !targetIds.isEmpty()) {
            return invalid(TARGETS, "must be empty for scope " + scope);
        }
        boolean streetScope = scope == TargetScope.ALL_STREETS || scope == TargetScope.STREETS;
        if (issuer.tier() == OrgTier.STREET && streetScope) {
            return invalid("scope", "a street issues tasks to its communities only");
        }
        Mono<List<DirectoryOrg>> named = switch (scope) {
            case ALL_STREETS -> active(directory.children(issuer.id(), OrgTier.STREET).collectList());
            case ALL_COMMUNITIES -> active(directory.descendants(issuer.id(), OrgTier.COMMUNITY).collectList());
            case STREETS -> chosen(issuer, targetIds, OrgTier.STREET);
            case COMMUNITIES -> chosen(issuer, targetIds, OrgTier.COMMUNITY);
            case UNIT_CATEGORY -> throw new IllegalStateException("resolved above");
        };
        return named.flatMap(orgs -> {
            if (orgs.isEmpty()) {
                return invalid("scope", "no active organisation of scope " + scope + " below yours");
            }
            if (issuer.tier() == OrgTier.STREET) {
                return Mono.just(new Targets(List.of(new Targets.Group(issuer, orgs)), chosen));
            }
            return streetScope ? streetGroups(issuer, orgs, mode) : communityGroups(orgs, chosen);
        });
    }

    /** The registered units of the category whose host organisation is the issuer or below it. */
    private Mono<Targets> units(DirectoryOrg issuer, UnitCategory category) {
        return units.ofCategory(issuer.districtId(), category).collectList().flatMap(found -> directory
                .findAll(found.stream().map(DirectoryUnit::orgId).collect(Collectors.toSet()))
                .filter(host -> host.id().equals(issuer.id()) || host.path().contains(issuer.id()))
                .collectMap(DirectoryOrg::id, Function.identity())
                .flatMap(hosts -> {
                    List<Targets.UnitTarget> reached = found.stream().filter(unit -> hosts.containsKey(unit.orgId()))
                            .map(unit -> new Targets.UnitTarget(unit, hosts.get(unit.orgId()))).toList();
                    return reached.isEmpty()
                            ? invalid("targetUnitCategory", "no registered unit of category " + category + " below yours")
                            : Mono.just(Targets.ofUnits(reached));
                }));
    }

    /** Streets, with their communities when the task goes to them at once. */
    private Mono<Targets> streetGroups(DirectoryOrg district, List<DirectoryOrg> streets, TaskMode mode) {
        Mono<Map<String, List<DirectoryOrg>>> communities = mode == TaskMode.DIRECT
                ? active(directory.descendants(district.id(), OrgTier.COMMUNITY).collectList())
                .map(all -> all.stream().collect(Collectors.groupingBy(DirectoryOrg::parentId)))
                : Mono.just(Map.of());
        return communities.map(byStreet -> new Targets(streets.stream()
                .map(street -> new Targets.Group(street, byStreet.getOrDefault(street.id(), List.of())))
                .toList(), false));
    }

    /** Communities grouped under their streets, in the order of the streets' codes. */
    private Mono<Targets> communityGroups(List<DirectoryOrg> communities, boolean chosen) {
        Map<String, List<DirectoryOrg>> byStreet = communities.stream()
                .collect(Collectors.groupingBy(DirectoryOrg::parentId, LinkedHashMap::new, Collectors.toList()));
        return directory.findAll(byStreet.keySet())
                .sort(Comparator.comparing(DirectoryOrg::code, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(street -> new Targets.Group(street, byStreet.get(street.id())))
                .collectList()
                .map(groups -> new Targets(groups, chosen));
    }

    private Mono<List<DirectoryOrg>> chosen(DirectoryOrg issuer, List<String> ids, OrgTier tier) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        return directory.findAll(distinct).collectMap(DirectoryOrg::id, Function.identity()).flatMap(found -> {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String problem = problem(issuer, found.get(ids.get(i)), tier);
                if (problem != null) {
                    errors.add(new FieldError(TARGETS + "[" + i + "]", problem));
                }
            }
            return errors.isEmpty() ? Mono.just(distinct.stream().map(found::get).toList())
                    : Mono.error(ApiException.invalid(errors));
        });
    }

    /** Why a named organisation cannot be targeted, or null; the subtree is the issuer's, by the directory's path. */
    private static String problem(DirectoryOrg issuer, DirectoryOrg org, OrgTier tier) {
        if (org == null) {
            return "unknown organisation";
        }
        if (!org.path().contains(issuer.id())) {
            return "outside your subtree";
        }
        if (org.tier() != tier) {
            return "is of tier " + org.tier() + ", the scope names " + tier;
        }
        return org.retired() ? "retired" : null;
    }

    private static Mono<List<DirectoryOrg>> active(Mono<List<DirectoryOrg>> orgs) {
        return orgs.map(list -> list.stream().filter(org -> !org.retired()).toList());
    }

    private static <T> Mono<T> invalid(String field, String message) {
        return Mono.error(ApiException.invalid(field, message));
    }
}
