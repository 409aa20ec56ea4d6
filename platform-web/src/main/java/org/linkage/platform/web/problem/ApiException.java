package org.linkage.platform.web.problem;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A request the service refuses, rendered as RFC 9457 {@code application/problem+json}.
 * Services throw the factories below; nothing is persisted before they are thrown.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public ApiException(HttpStatus status, String detail, List<FieldError> errors, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    /** 400 with every invalid field named. */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, errors.size() + " invalid field(s)", errors, Map.of());
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " " + id + " not found", List.of(), Map.of());
    }

    /** 403: authenticated, but the target lies outside the caller's organisation scope. */
    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail, List.of(), Map.of());
    }

    /** 409: the resource exists but is in a state that does not allow this. */
    public static ApiException conflict(String detail, Map<String, Object> properties) {
        return new ApiException(HttpStatus.CONFLICT, detail, List.of(), properties);
    }

    public static ApiException conflict(String detail) {
        return conflict(detail, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** One invalid field: its JSON path (e.g. {@code nodes[3].parentCode}) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
