package org.linkage.organization.importing;

import org.linkage.organization.org.OrgEvents;
import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Imports a whole tree in one call, all or nothing: validated in full first, then written as one
 * PENDING intent holding every organisation and its events, so no reader sees half a district.
 */
@Service
public class TreeImports {

    private static final Set<String> IMPORTERS = Set.of(LinkagePrincipal.ADMIN, "DISTRICT_OFFICER");

    private final TreeImportPlanner planner;
    private final OrgEvents events;
    private final Intents intents;

    public TreeImports(TreeImportPlanner planner, OrgEvents events, Intents intents) {
        this.planner = planner;
        this.events = events;
        this.intents = intents;
    }

    public Mono<Intent> importTree(LinkagePrincipal actor, List<ImportNode> nodes, IntFunction<String> label) {
        if (actor.roles().stream().noneMatch(IMPORTERS::contains)) {
            return Mono.error(ApiException.forbidden("only an administrator or a district officer imports a tree"));
        }
        String intentId = "import-" + UUID.randomUUID();
        return planner.plan(actor, nodes, label, intentId).flatMap(orgs -> {
            List<EventEnvelope> created = orgs.stream()
                    .flatMap(org -> events.created(org, actor.userId()).stream())
                    .toList();
            return intents.submit(intentId, TreeImportApplier.KIND, new TreeImportApplier.Plan(orgs), created);
        });
    }

    public Mono<Intent> status(String intentId) {
        return intents.find(intentId)
                .filter(intent -> TreeImportApplier.KIND.equals(intent.kind()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("import", intentId)));
    }

    static int count(Intent intent) {
        Object orgs = intent.payload().get("orgs");
        return orgs instanceof List<?> list ? list.size() : 0;
    }
}
