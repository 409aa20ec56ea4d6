package org.linkage.organization.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.linkage.platform.events.org.UnitCategory;

import java.util.List;

/** Request bodies of the resident-unit API. Unknown fields are refused (platform-web defaults). */
public final class UnitRequests {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_CONTACTS = 10;
    /**
     * 统一社会信用代码 (GB 32100-2015): registration authority and type, a six-digit division code, nine
     * characters of organisation code and a check character, from digits and capitals without I, O, S, V, Z.
     */
    public static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}";

    private UnitRequests() {
    }

    /**
     * @param orgId      the street or community the unit registers (报到) to
     * @param creditCode optional: not every social organisation has one yet
     */
    public record RegisterUnit(@NotBlank @Size(max = MAX_NAME_LENGTH) String name,
                               @NotNull UnitCategory category,
                               @Pattern(regexp = CREDIT_CODE, message = "must be an 18-character unified social credit code") String creditCode,
                               @NotBlank String orgId,
                               @Size(max = MAX_CONTACTS) List<@NotNull @Valid UnitContact> contacts) {

        public RegisterUnit {
            name = name == null ? null : name.strip();
            creditCode = creditCode == null || creditCode.isBlank() ? null : creditCode.strip();
            contacts = contacts == null ? List.of() : contacts;
        }
    }

    public record UnregisterUnit(@NotBlank @Size(max = 200) String reason) {
    }
}
