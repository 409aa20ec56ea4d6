package org.linkage.taskdispatch.burden;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Character-bigram Jaccard over normalised Chinese: reworded notices match, different work does not. */
class TextSimilarityTests {

    private static final double THRESHOLD = 0.6;

    @ParameterizedTest
    @CsvSource({
            "关于开展老旧小区消防安全隐患排查的通知, 请开展老旧小区消防安全隐患的排查工作",
            "关于做好汛期地下空间安全隐患排查整治工作的通知, 请切实做好汛期地下空间安全隐患的排查整治",
            "关于开展电动自行车违规充电专项整治的通知, 开展电动自行车违规充电专项整治工作",
            "请于本周内完成辖区独居老人入户走访，建立台账。, 请在本周内完成辖区独居老人的入户走访工作，并建立台账",
    })
    void rewordedNoticesOfTheSameWorkMatch(String first, String second) {
        assertThat(TextSimilarity.similarity(first, second)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest
    @CsvSource({
            "关于开展老旧小区消防安全隐患排查的通知, 关于做好2024年度防汛工作的通知",
            "关于开展老旧小区消防安全隐患排查的通知, 关于开展老年人防诈骗宣传活动的通知",
            "请于本周内完成辖区独居老人入户走访，建立台账。, 请于本周内完成辖区门店消防检查，建立台账。",
            "关于开展垃圾分类入户宣传的通知, 关于开展社区党员冬季献血活动的通知",
    })
    void noticesOfDifferentWorkDoNotMatch(String first, String second) {
        assertThat(TextSimilarity.similarity(first, second)).isLessThan(THRESHOLD);
    }

    @Test
    void fullWidthFormsPunctuationAndLatinCaseAreNormalisedAway() {
        assertThat(TextSimilarity.normalise("ＡＢＣ社区（２０２４）：Wi-Fi 覆盖！")).isEqualTo("abc社区2024wifi覆盖");
        assertThat(TextSimilarity.similarity("做好ＡＩ宣传，２０２４年", "做好ai宣传2024年")).isEqualTo(1.0);
    }

    @Test
    void identicalTextIsOneAndEmptyTextIsZero() {
        assertThat(TextSimilarity.similarity("网格巡查", "网格巡查")).isEqualTo(1.0);
        assertThat(TextSimilarity.similarity("", "网格巡查")).isZero();
        assertThat(TextSimilarity.similarity("。，！", "？")).isZero();
    }
}
