package org.linkage.organization.user;

import org.linkage.platform.web.security.CurrentUser;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;

/** The users API; the rules live in {@link UserService}. */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    /** Why a user is disabled, kept in the {@code UserDisabled} event; optional. */
    record DisableRequest(String reason) {
    }

    @PostMapping
    Mono<ResponseEntity<UserView>> create(@RequestBody NewUser request) {
        return caller().flatMap(caller -> users.create(caller, request))
                .map(user -> ResponseEntity.created(URI.create("/api/users/" + user.id())).body(user));
    }

    @PostMapping("/{id}/disable")
    Mono<UserView> disable(@PathVariable String id, @RequestBody(required = false) DisableRequest request) {
        String reason = request != null ? request.reason() : null;
        return caller().flatMap(caller -> users.disable(caller, id, reason));
    }

    @GetMapping("/{id}")
    Mono<UserView> get(@PathVariable String id) {
        return caller().flatMap(caller -> users.get(caller, id));
    }

    @GetMapping
    Flux<UserView> list(@RequestParam String orgId) {
        return caller().flatMapMany(caller -> users.listByOrg(caller, orgId));
    }

    private static Mono<LinkagePrincipal> caller() {
        return CurrentUser.get().switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
    }
}
