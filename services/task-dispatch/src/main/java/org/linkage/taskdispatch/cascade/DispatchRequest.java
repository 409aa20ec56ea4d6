package org.linkage.taskdispatch.cascade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * A relay street re-dispatching its assignment: to the communities named, or to all it may reach.
 *
 * @param instructions the street's own instructions, passed down with the task
 * @param dueAt        no later than the street's own deadline
 */
public record DispatchRequest(@Size(max = 1000) List<@NotBlank String> communityIds, Boolean all,
                              @Size(max = 2000) String instructions, @NotNull Instant receiptDueAt,
                              @NotNull Instant dueAt) {

    boolean toAll() {
        return Boolean.TRUE.equals(all);
    }

    List<String> chosen() {
        return communityIds == null ? List.of() : communityIds;
    }
}
