package org.linkage.organization.user;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.linkage.organization.org.Org;
import org.linkage.organization.org.OrgStore;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.problem.ApiException.FieldError;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Creating, disabling and reading users. Every method takes the acting principal explicitly, so code
 * without an HTTP caller (bootstrap, demo data) uses the same rules, acting as {@link #SYSTEM}.
 * Each change is one single-document write carrying its events, then the in-process relay.
 */
@Service
public class UserService {

    public static final String ADMIN_ID = "user-admin";
    public static final String ADMIN_USERNAME = "admin";

    /** The principal of code acting on the platform's own behalf: an administrator without an organisation. */
    public static final LinkagePrincipal SYSTEM =
            new LinkagePrincipal("system", "system", null, List.of(), null, Set.of(Role.ADMIN.name()));

    private final UserStore store;
    private final OrgStore orgs;
    private final Passwords passwords;
    private final UserEvents events;
    private final OutboxRelay relay;
    private final Validator validator;
    private final Clock clock;

    UserService(UserStore store, OrgStore orgs, Passwords passwords, UserEvents events, OutboxRelay relay,
                Validator validator, Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.passwords = passwords;
        this.events = events;
        this.relay = relay;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Creates a user in an organisation inside the caller's scope.
     * Errors: 400 naming the field, 403 outside scope or without a managing role, 409 naming {@code username}.
     */
    public Mono<UserView> create(LinkagePrincipal caller, NewUser request) {
        return Mono.defer(() -> {
                    validate(request);
                    UserAccess.requireManager(caller);
                    UserAccess.requireMayGrant(caller, request.roles());
                    return orgs.findById(request.orgId());
                })
                .switchIfEmpty(Mono.error(() -> ApiException.invalid("orgId", "no organisation " + request.orgId())))
                .flatMap(org -> {
                    requirePlacement(caller, org, request.roles());
                    return passwords.hash(request.password()).map(hash -> newUser(caller, org, request, hash));
                })
                .flatMap(user -> store.insert(user)
                        .onErrorMap(DuplicateKeyException.class, e -> usernameTaken(request.username())))
                .flatMap(user -> relay.relay(User.COLLECTION, user.id()).thenReturn(UserView.of(user)));
    }

    /**
     * Creates the platform administrator {@value #ADMIN_USERNAME} unless it exists. Replicas may race:
     * the fixed id lets exactly one insert win. Its events are published in the background, so a
     * broker that is down at startup delays them (the outbox sweeper retries) but not the service.
     *
     * @return whether this call created it
     */
    public Mono<Boolean> createBootstrapAdmin(String password) {
        return passwords.hash(password)
                .map(hash -> {
                    Instant now = clock.instant();
                    User admin = new User(ADMIN_ID, ADMIN_USERNAME, hash, "平台管理员", null, List.of(), null, null, null,
                            Set.of(Role.ADMIN), false, 0, now, now, List.of());
                    return admin.withOutbox(events.created(admin, SYSTEM.userId()));
                })
                .flatMap(admin -> store.insert(admin)
                        .doOnNext(inserted -> relay.relay(User.COLLECTION, inserted.id()).subscribe())
                        .map(inserted -> true)
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false)));
    }

    /** Disables a user inside the caller's scope; disabling a disabled user changes nothing. */
    public Mono<UserView> disable(LinkagePrincipal caller, String userId, String reason) {
        return Mono.defer(() -> {
                    UserAccess.requireManager(caller);
                    return visible(caller, userId);
                })
                .flatMap(user -> user.disabled() ? Mono.just(user) : disableNow(caller, user, reason))
                // a concurrent change: read again and decide again
                .retryWhen(Retry.max(3).filter(OptimisticLockingFailureException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> ApiException.conflict("user " + userId + " keeps changing, try again")))
                .map(UserView::of);
    }

    /** The user, if the caller may see it; 404 otherwise, so ids outside one's scope reveal nothing. */
    public Mono<UserView> get(LinkagePrincipal caller, String userId) {
        return visible(caller, userId).map(UserView::of);
    }

    /** The users acting for one organisation inside the caller's scope, by username. */
    public Flux<UserView> listByOrg(LinkagePrincipal caller, String orgId) {
        return Mono.defer(() -> {
                    UserAccess.requireReader(caller);
                    return orgs.findById(orgId);
                })
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", orgId)))
                .flatMapMany(org -> {
                    OrgScope.require(caller, org.id(), org.path());
                    return store.findByOrg(org.id());
                })
                .map(UserView::of);
    }

    private Mono<User> visible(LinkagePrincipal caller, String userId) {
        return store.findById(userId)
                .filter(user -> UserAccess.sees(caller, user))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("user", userId)));
    }

    private Mono<User> disableNow(LinkagePrincipal caller, User user, String reason) {
        if (user.isAdmin() && !caller.isAdmin()) {
            throw ApiException.forbidden("only an administrator may disable an administrator");
        }
        if (user.id().equals(caller.userId())) {
            throw ApiException.conflict("you cannot disable yourself");
        }
        User next = user.disable(clock.instant());
        return store.update(next, events.disabled(next, reason, caller.userId()))
                .flatMap(saved -> relay.relay(User.COLLECTION, saved.id()).thenReturn(saved));
    }

    private void validate(NewUser request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<NewUser> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().iterator().next().getName();
            errors.add(new FieldError(field, violation.getMessage()));
        }
        if (request.password() != null && !Passwords.fitsBcrypt(request.password())) {
            errors.add(new FieldError("password", "must be at most " + Passwords.MAX_BYTES + " bytes in UTF-8"));
        }
        Set<Role> roles = request.roles() != null ? request.roles() : Set.of();
        requireIdWithRole(errors, "unitId", request.unitId(), roles.contains(Role.UNIT_CONTACT), Role.UNIT_CONTACT);
        requireIdWithRole(errors, "memberId", request.memberId(), roles.contains(Role.MEMBER), Role.MEMBER);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw ApiException.invalid(errors);
        }
    }

    private static void requireIdWithRole(List<FieldError> errors, String field, String id, boolean hasRole, Role role) {
        boolean hasId = id != null && !id.isBlank();
        if (hasRole && !hasId) {
            errors.add(new FieldError(field, "is required for role " + role));
        } else if (hasId && !hasRole) {
            errors.add(new FieldError(field, "is only allowed with role " + role));
        }
    }

    /** Scope first, so an organisation outside it reveals nothing about itself. */
    private static void requirePlacement(LinkagePrincipal caller, Org org, Set<Role> roles) {
        OrgScope.require(caller, org.id(), org.path());
        if (org.retired()) {
            throw ApiException.invalid("orgId", "organisation " + org.id() + " is retired");
        }
        List<String> misfits = roles.stream()
                .filter(role -> !role.fits(org.tier(), org.kind()))
                .sorted()
                .map(role -> role + " needs " + role.requirement())
                .toList();
        if (!misfits.isEmpty()) {
            throw ApiException.invalid("roles", String.join("; ", misfits) + " (organisation " + org.id()
                    + " is a " + org.kind() + " of tier " + org.tier() + ")");
        }
    }

    private User newUser(LinkagePrincipal caller, Org org, NewUser request, String hash) {
        Instant now = clock.instant();
        User user = new User("user-" + UUID.randomUUID(), request.username(), hash, request.displayName(), org.id(),
                org.path(), org.districtId(), blankToNull(request.unitId()), blankToNull(request.memberId()),
                request.roles(), false, 0, now, now, List.of());
        return user.withOutbox(events.created(user, caller.userId()));
    }

    private static ApiException usernameTaken(String username) {
        return new ApiException(HttpStatus.CONFLICT, "username " + username + " is taken",
                List.of(new FieldError("username", "is taken")), Map.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
