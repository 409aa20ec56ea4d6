package org.linkage.taskdispatch.whistle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.util.List;

/** Request bodies of the whistle API. Unknown fields are refused (platform-web defaults). */
public final class WhistleRequests {

    private WhistleRequests() {
    }

    /**
     * At least one department or unit is summoned.
     *
     * @param summonedOrgIds  organisations of kind DEPARTMENT in the raiser's district
     * @param summonedUnitIds resident units registered in the raiser's district
     * @param respondWithin   how long they have to report in; {@code linkage.whistles.respond-within} by default
     */
    public record RaiseWhistle(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 5000) String description,
                               @Size(max = 50) String category, @Size(max = 200) String location,
                               @Size(max = 50) List<@NotBlank String> summonedOrgIds,
                               @Size(max = 50) List<@NotBlank String> summonedUnitIds, Duration respondWithin) {

        /** Named {@code anyoneSummoned} in a 400, beside the other field errors of the request. */
        @AssertTrue(message = "summon at least one department (summonedOrgIds) or resident unit (summonedUnitIds)")
        public boolean isAnyoneSummoned() {
            return !departmentIds().isEmpty() || !unitIds().isEmpty();
        }

        public List<String> departmentIds() {
            return summonedOrgIds == null ? List.of() : summonedOrgIds;
        }

        public List<String> unitIds() {
            return summonedUnitIds == null ? List.of() : summonedUnitIds;
        }
    }

    public record Respond(@NotBlank @Size(max = 2000) String message) {
    }

    /** @param ratings one per responder at most */
    public record Close(@NotNull Boolean resolved, @NotBlank @Size(max = 2000) String summary,
                        @Size(max = 50) List<@Valid @NotNull RatingRequest> ratings) {

        public List<RatingRequest> ratingList() {
            return ratings == null ? List.of() : ratings;
        }
    }

    public record RatingRequest(@NotBlank String responderId, @NotNull @Min(1) @Max(5) Integer score,
                                @Size(max = 500) String comment) {
    }
}
