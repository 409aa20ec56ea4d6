package org.linkage.organization.importing;

import org.linkage.organization.org.Org;
import org.linkage.organization.org.OrgRules;
import org.linkage.organization.org.OrgStore;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.problem.ApiException.FieldError;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Validates a whole tree import against itself and the existing tree, reporting every error at
 * once, and turns it into the organisation documents to write. Nothing is written here.
 * <p>
 * Cycles need no separate check: a parent's tier is always strictly above its child's (a
 * department is below a district-kind organisation, never below another department).
 */
@Component
public class TreeImportPlanner {

    public static final int MAX_NODES = 20_000;
    private static final Pattern CODE = Pattern.compile(OrgRules.CODE_PATTERN);

    private final OrgStore store;
    private final Clock clock;

    public TreeImportPlanner(OrgStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param label names row i in errors: {@code nodes[i]} for JSON, {@code line[n]} for CSV
     * @return the organisations, parents before children, each marked with {@code intentId}
     */
    public Mono<List<Org>> plan(LinkagePrincipal actor, List<ImportNode> nodes, IntFunction<String> label, String intentId) {
        if (nodes == null || nodes.isEmpty()) {
            return Mono.error(ApiException.invalid("nodes", "nothing to import"));
        }
        if (nodes.size() > MAX_NODES) {
            return Mono.error(ApiException.invalid("nodes", "at most " + MAX_NODES + " organisations per import"));
        }
        Set<String> referenced = new HashSet<>();
        nodes.forEach(node -> {
            add(referenced, node.code());
            add(referenced, node.parentCode());
        });
        return store.findByCodes(referenced).collectMap(Org::code)
                .map(existing -> new Check(actor, nodes, label, existing).run(intentId));
    }

    private static void add(Set<String> codes, String code) {
        if (code != null && !code.isBlank()) {
            codes.add(code.strip());
        }
    }

    /** One validation pass over a request, with the organisations already in the tree it refers to. */
    private final class Check {

        private final LinkagePrincipal actor;
        private final List<ImportNode> nodes;
        private final IntFunction<String> label;
        private final Map<String, Org> existing;
        private final List<FieldError> errors = new ArrayList<>();
        private final Map<String, Integer> rowByCode = new LinkedHashMap<>();
        private final Map<Integer, OrgTier> tiers = new HashMap<>();
        private final Map<Integer, OrgKind> kinds = new HashMap<>();

        Check(LinkagePrincipal actor, List<ImportNode> nodes, IntFunction<String> label, Map<String, Org> existing) {
            this.actor = actor;
            this.nodes = nodes;
            this.label = label;
            this.existing = existing;
        }

        List<Org> run(String intentId) {
            for (int i = 0; i < nodes.size(); i++) {
                checkRow(i, nodes.get(i));
            }
            for (int i = 0; i < nodes.size(); i++) {
                checkParent(i, nodes.get(i));
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            checkScope();
            return build(intentId);
        }

        private void checkRow(int row, ImportNode node) {
            String code = strip(node.code());
            if (code == null) {
                error(row, "code", "is required");
            } else if (!CODE.matcher(code).matches()) {
                error(row, "code", "letters, digits, _ or -, at most 32");
            } else if (rowByCode.containsKey(code)) {
                error(row, "code", "duplicates " + label.apply(rowByCode.get(code)));
            } else if (existing.containsKey(code)) {
                error(row, "code", "already used by an organisation in the tree");
            } else {
                rowByCode.put(code, row);
            }
            String name = strip(node.name());
            if (name == null) {
                error(row, "name", "is required");
            } else if (name.length() > OrgRules.MAX_NAME_LENGTH) {
                error(row, "name", "at most " + OrgRules.MAX_NAME_LENGTH + " characters");
            }
            OrgTier tier = parse(OrgTier.class, node.tier());
            if (tier == null) {
                error(row, "tier", "one of DISTRICT, STREET, COMMUNITY, GRID");
                return;
            }
            tiers.put(row, tier);
            OrgKind kind = node.kind() == null ? OrgRules.defaultKind(tier) : parse(OrgKind.class, node.kind());
            if (kind == null) {
                error(row, "kind", "unknown kind " + node.kind());
                return;
            }
            OrgRules.kindProblem(tier, kind).ifPresentOrElse(problem -> error(row, "kind", problem), () -> kinds.put(row, kind));
        }

        private void checkParent(int row, ImportNode node) {
            if (!kinds.containsKey(row)) {
                return;
            }
            String parentCode = strip(node.parentCode());
            OrgTier parentTier = null;
            OrgKind parentKind = null;
            if (parentCode != null) {
                Integer parentRow = rowByCode.get(parentCode);
                Org parentOrg = existing.get(parentCode);
                if (parentRow != null) {
                    if (!kinds.containsKey(parentRow)) {
                        return; // the parent's own row is already reported
                    }
                    parentTier = tiers.get(parentRow);
                    parentKind = kinds.get(parentRow);
                } else if (parentOrg != null && !parentOrg.retired()) {
                    parentTier = parentOrg.tier();
                    parentKind = parentOrg.kind();
                } else {
                    error(row, "parentCode", parentOrg == null ? "no organisation has code " + parentCode : parentCode + " is retired");
                    return;
                }
            }
            OrgRules.parentProblem(tiers.get(row), kinds.get(row), parentTier, parentKind)
                    .ifPresent(problem -> error(row, "parentCode", problem));
        }

        /** Districts only by an administrator; everything else below an organisation in the caller's subtree. */
        private void checkScope() {
            List<FieldError> outside = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                String parentCode = strip(nodes.get(i).parentCode());
                if (parentCode == null && !actor.isAdmin()) {
                    outside.add(new FieldError(label.apply(i) + ".parentCode", "only an administrator creates a district"));
                }
                Org parent = parentCode == null ? null : existing.get(parentCode);
                if (parent != null && !OrgScope.covers(actor, parent.id(), parent.path())) {
                    outside.add(new FieldError(label.apply(i) + ".parentCode", parentCode + " is outside your scope"));
                }
            }
            if (!outside.isEmpty()) {
                throw new ApiException(HttpStatus.FORBIDDEN,
                        outside.size() + " organisation(s) outside your scope", outside, Map.of());
            }
        }

        private List<Org> build(String intentId) {
            Instant now = clock.instant();
            Map<String, Org> built = new LinkedHashMap<>();
            for (String code : rowByCode.keySet()) {
                build(code, built, intentId, now);
            }
            return List.copyOf(built.values());
        }

        /** Builds parents first, so each child copies its parent's path and district. */
        private Org build(String code, Map<String, Org> built, String intentId, Instant now) {
            Org done = built.get(code);
            if (done != null) {
                return done;
            }
            int row = rowByCode.get(code);
            ImportNode node = nodes.get(row);
            String parentCode = strip(node.parentCode());
            Org parent = parentCode == null ? null
                    : rowByCode.containsKey(parentCode) ? build(parentCode, built, intentId, now) : existing.get(parentCode);
            String id = "org-" + UUID.randomUUID();
            Org org = new Org(id, code, strip(node.name()), tiers.get(row), kinds.get(row), parent == null ? null : parent.id(),
                    parent == null ? List.of() : parent.pathIncludingSelf(), parent == null ? id : parent.districtId(),
                    false, intentId, 0, now, now, List.of());
            built.put(code, org);
            return org;
        }

        private void error(int row, String field, String message) {
            errors.add(new FieldError(label.apply(row) + "." + field, message));
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
