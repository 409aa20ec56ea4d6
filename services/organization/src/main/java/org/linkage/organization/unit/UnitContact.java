package org.linkage.organization.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Someone who answers for a resident unit when the community pushes a notice or blows the whistle.
 *
 * @param phone a mobile number or a landline with its area code (units are reached at their desks too)
 * @param role  what they do for the unit, e.g. 党建联络员
 */
public record UnitContact(@NotBlank @Size(max = 32) String name,
                          @NotBlank @Pattern(regexp = PHONE, message = "must be a mobile number or a landline with area code") String phone,
                          @Size(max = 32) String role) {

    static final String PHONE = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";
}
