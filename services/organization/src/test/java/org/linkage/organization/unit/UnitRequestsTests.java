package org.linkage.organization.unit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkage.platform.events.org.UnitCategory;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UnitRequestsTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final UnitContact CONTACT = new UnitContact("王芳", "13800001111", "党建联络员");

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110105MA01ABCD1X", "12100000400000624D"})
    void aWellFormedCreditCodeIsAccepted(String creditCode) {
        assertThat(invalidFields(registration("建外小学", UnitCategory.SCHOOL, creditCode, List.of(CONTACT)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y4",   // 17 characters
            "91350100M000100Y431", // 19 characters
            "913501O0M000100Y43",  // a letter in the division code
            "91350100M000100I43",  // I is never used: it reads as 1
            "91350100m000100y43"}) // lower case
    void aMalformedCreditCodeIsRefused(String creditCode) {
        assertThat(invalidFields(registration("建外小学", UnitCategory.SCHOOL, creditCode, List.of()))).containsExactly("creditCode");
    }

    @Test
    void theCreditCodeIsOptionalAndBlankMeansNone() {
        assertThat(registration("社区志愿者协会", UnitCategory.SOCIAL_ORGANIZATION, "  ", List.of()).creditCode()).isNull();
        assertThat(invalidFields(registration("社区志愿者协会", UnitCategory.SOCIAL_ORGANIZATION, null, List.of()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(UnitCategory.class)
    void everyCategoryIsAccepted(UnitCategory category) {
        assertThat(invalidFields(registration("某单位", category, null, List.of()))).isEmpty();
    }

    @Test
    void aCategoryIsRequired() {
        assertThat(invalidFields(registration("某单位", null, null, List.of()))).containsExactly("category");
    }

    @Test
    void theNameIsStrippedAndMustHoldOneToSixtyFourCharacters() {
        assertThat(registration("  建外小学 ", UnitCategory.SCHOOL, null, List.of()).name()).isEqualTo("建外小学");
        assertThat(invalidFields(registration("  ", UnitCategory.SCHOOL, null, List.of()))).containsExactly("name");
        assertThat(invalidFields(registration("长".repeat(64), UnitCategory.SCHOOL, null, List.of()))).isEmpty();
        assertThat(invalidFields(registration("长".repeat(65), UnitCategory.SCHOOL, null, List.of()))).containsExactly("name");
    }

    @Test
    void contactsNeedANameAndAMobileOrLandlineNumber() {
        List<UnitContact> contacts = List.of(new UnitContact("李强", "010-85123456", null), new UnitContact("", "12345", null));

        assertThat(invalidFields(registration("建外小学", UnitCategory.SCHOOL, null, contacts)))
                .containsExactlyInAnyOrder("contacts[1].name", "contacts[1].phone");
    }

    @Test
    void atMostTenContacts() {
        UnitContact[] eleven = new UnitContact[UnitRequests.MAX_CONTACTS + 1];
        Arrays.fill(eleven, CONTACT);

        assertThat(invalidFields(registration("建外小学", UnitCategory.SCHOOL, null, List.of(eleven)))).containsExactly("contacts");
    }

    private static UnitRequests.RegisterUnit registration(String name, UnitCategory category, String creditCode,
                                                          List<UnitContact> contacts) {
        return new UnitRequests.RegisterUnit(name, category, creditCode, "org-community", contacts);
    }

    private static List<String> invalidFields(Object request) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(request);
        return violations.stream().map(violation -> violation.getPropertyPath().toString()).toList();
    }
}
