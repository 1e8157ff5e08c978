package cn.scgov.bulletin.rendering;

import java.util.List;

/**
 * The typefaces GB/T 9704 names, with the office fonts Word on an office PC has ({@link #office})
 * and, for browsers, the families to fall back to ({@link #screen}).
 */
enum FontRole {
    /** 仿宋: the body. */
    FANGSONG("仿宋_GB2312", List.of("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "AR PL SungtiL GB",
            "Noto Serif CJK SC", "serif")),
    /** 楷体: （一） headings and the period line. */
    KAI("楷体_GB2312", List.of("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL KaitiM GB", "AR PL UKai CN",
            "serif")),
    /** 黑体: 一、 headings. */
    HEI("黑体", List.of("黑体", "SimHei", "STHeiti", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK SC",
            "sans-serif")),
    /** 宋体: page numbers. */
    SONG("宋体", List.of("宋体", "SimSun", "STSong", "AR PL SungtiL GB", "Noto Serif CJK SC", "serif")),
    /** 方正小标宋简体: the masthead and the subtitle. */
    TITLE("方正小标宋简体", List.of("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体",
            "SimSun", "AR PL SungtiL GB", "serif"));

    private final String office;
    private final List<String> screen;

    FontRole(String office, List<String> screen) {
        this.office = office;
        this.screen = screen;
    }

    String office() {
        return office;
    }

    List<String> screen() {
        return screen;
    }

    /** The CSS placeholder this role fills in the stylesheets, e.g. {@code ${fangsong}}. */
    String placeholder() {
        return "${" + name().toLowerCase(java.util.Locale.ROOT) + "}";
    }
}
