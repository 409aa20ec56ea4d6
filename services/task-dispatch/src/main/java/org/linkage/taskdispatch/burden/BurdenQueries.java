package org.linkage.taskdispatch.burden;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.List;

/** The load of communities: one community, or every community of a street or district, within the caller's scope. */
@Service
public class BurdenQueries {

    private final OrgDirectory directory;
    private final IssueScreening screening;

    BurdenQueries(OrgDirectory directory, IssueScreening screening) {
        this.directory = directory;
        this.screening = screening;
    }

    /** @param overBudget whether it holds the budget or more: the next task would need an override */
    public record Line(String orgId, String name, int open, boolean overBudget) {
    }

    public record View(String orgId, int budget, List<Line> communities, int totalOpen, long atOrOverBudget) {
    }

    public Mono<View> burden(LinkagePrincipal caller, String orgId) {
        String target = orgId == null || orgId.isBlank() ? caller.orgId() : orgId;
        if (target == null) {
            return Mono.error(ApiException.invalid("orgId", "required for a caller without an organisation"));
        }
        return directory.find(target).filter(org -> OrgScope.covers(caller, org.id(), org.path()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", target)))
                .flatMap(org -> communities(org).flatMap(communities -> screening
                        .loads(communities.stream().map(DirectoryOrg::id).toList())
                        .map(loads -> {
                            int budget = screening.budget();
                            List<Line> lines = communities.stream().map(c -> {
                                int open = loads.getOrDefault(c.id(), 0);
                                return new Line(c.id(), c.name(), open, open >= budget);
                            }).toList();
                            return new View(org.id(), budget, lines, lines.stream().mapToInt(Line::open).sum(),
                                    lines.stream().filter(Line::overBudget).count());
                        })));
    }

    private Mono<List<DirectoryOrg>> communities(DirectoryOrg org) {
        if (org.tier() == OrgTier.COMMUNITY) {
            return Mono.just(List.of(org));
        }
        if (org.tier() == OrgTier.STREET || org.tier() == OrgTier.DISTRICT) {
            return directory.descendants(org.id(), OrgTier.COMMUNITY).filter(c -> !c.retired()).collectList();
        }
        return Mono.error(ApiException.invalid("orgId", "name a district, street or community"));
    }
}
