package org.linkage.organization.member;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskTests {

    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(PhoneMask.mask("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void aLongerNumberHidesEverythingBetween() {
        assertThat(PhoneMask.mask("010-85123456")).isEqualTo("010*****3456");
    }

    @Test
    void aNumberTooShortToShowAnythingIsHiddenWhole() {
        assertThat(PhoneMask.mask("1234567")).isEqualTo("*******");
    }

    @Test
    void noNumberStaysNone() {
        assertThat(PhoneMask.mask(null)).isNull();
    }
}
