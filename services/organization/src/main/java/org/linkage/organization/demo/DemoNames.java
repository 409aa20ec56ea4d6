package org.linkage.organization.demo;

import java.util.List;

/** Fictional names for the demo district. Any resemblance to a real place is accidental. */
final class DemoNames {

    static final String DISTRICT_CODE = "990100";
    static final String DISTRICT = "示范区";
    static final List<String> DEPARTMENTS = List.of("区民政局", "区城市管理委员会", "区卫生健康委员会");
    static final List<String> STREETS = List.of("东湖", "西山", "南河", "北苑", "安和", "永宁", "春华", "秋实", "和平", "新桥");
    static final List<String> COMMUNITIES = List.of("幸福", "团结", "光明", "友谊", "和谐", "阳光", "振兴", "景园", "松柏", "桃李");
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");
    static final List<String> GIVEN = List.of("建国", "秀英", "志强", "丽华", "伟", "芳", "明", "静", "磊", "婷",
            "海燕", "国庆", "红梅", "春生", "晓东", "玉兰", "文博", "思远", "佳怡", "子涵");
    static final List<String> UNITS = List.of("示范区第%d中学", "示范区人民医院第%d分院", "%d号供电所", "示范科技有限公司第%d分公司",
            "社区志愿者协会第%d分会");

    private DemoNames() {
    }

    static String streetCode(int s) {
        return DISTRICT_CODE + String.format("%03d", s + 1);
    }

    static String communityCode(int s, int c) {
        return streetCode(s) + String.format("%03d", c + 1);
    }

    static String person(int i) {
        return SURNAMES.get(i % SURNAMES.size()) + GIVEN.get((i / SURNAMES.size()) % GIVEN.size());
    }
}
