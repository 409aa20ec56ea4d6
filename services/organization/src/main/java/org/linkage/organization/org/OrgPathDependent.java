package org.linkage.organization.org;

import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Documents outside the tree that copy an organisation's ancestry for scope checks (units,
 * members). A subtree move calls each one for every moved organisation; it must be idempotent.
 */
public interface OrgPathDependent {

    /** @param orgPath the moved organisation's new ancestors followed by itself */
    Mono<Void> repath(String orgId, List<String> orgPath);
}
