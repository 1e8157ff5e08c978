package cn.scgov.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import cn.scgov.bulletin.bulletin.BulletinDefinition.Numbering;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.MonthlyBulletins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The outline editor for what issue 8 made data: metric formats, optional lines, placeholders (listed,
 * filled in an example, an unknown one refused next to its field) and confirming the numbering start.
 */
@AutoConfigureMockMvc
class BulletinAdminPagesMvcTests extends FlowTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void theEditorListsThePlaceholdersAndShowsATitleFilledForAnExamplePeriod() throws Exception {
        Bulletin monthly = newBulletin(MonthlyBulletins.small(2025, 1));
        String page = page("/admin/bulletins/" + monthly.id());
        assertThat(page).contains("data-testid=\"placeholders\"", "{year}", "期次所属年度", "{month}", "{periodStart}",
                "{periodEndShort}", "{period}", "{yearStart}");
        assertThat(page).containsPattern("示例：\\d{4}年\\d{1,2}月总体运行情况");
        assertThat(page).contains("name=\"sections[0].metrics[0].unit\" value=\"件\"")
                .containsPattern("<option value=\"TEN_THOUSAND\"\\s+selected[^>]*>万</option>")
                .containsPattern("name=\"sections\\[0]\\.metrics\\[0]\\.decimals\"\\s+value=\"2\"");
    }

    @Test
    void formatsAndOptionalLinesAreSavedFromTheFormAndAnUnknownPlaceholderIsRefusedAtItsField() throws Exception {
        Bulletin monthly = newBulletin(MonthlyBulletins.small(2025, 1));
        BulletinForm form = form(monthly);
        form.getSections().get(0).setTitle("{year}年第{quarter}季度总体运行情况");
        MvcResult refused = mvc.perform(BulletinFormParams.fill(post("/admin/bulletins/" + monthly.id()), form)
                .param("op", "save").with(as("sysadmin")).with(csrf())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("栏目标题含未知占位符：{quarter}", "href=\"#s0-title\"");
        assertThat(catalog.bulletin(monthly.id()).version()).isEqualTo(monthly.version());

        form = form(monthly);
        form.getSections().get(0).getMetrics().get(1).setUnit("人次");
        form.getSections().get(0).getMetrics().get(0).setDecimals("1");
        form.setPeriodLine(true);
        form.setPrintCopies("0");
        MvcResult saved = mvc.perform(BulletinFormParams.fill(post("/admin/bulletins/" + monthly.id()), form)
                .param("op", "save").with(as("sysadmin")).with(csrf())).andReturn();
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
        BulletinDefinition definition = catalog.bulletin(monthly.id()).definition();
        assertThat(definition.outline().get(0).metrics().get(0).format())
                .isEqualTo(new MetricFormat("件", FigureScale.TEN_THOUSAND, 1));
        assertThat(definition.outline().get(0).metrics().get(1).unit()).isEqualTo("人次");
        assertThat(definition.printsPeriodLine()).isTrue();
        assertThat(definition.printCopies()).isZero();

        form = form(catalog.bulletin(monthly.id()));
        form.setPeriodLine(false);
        form.getSections().get(0).getMetrics().get(0).setDecimals("5");
        MvcResult tooManyPlaces = mvc.perform(BulletinFormParams.fill(post("/admin/bulletins/" + monthly.id()), form)
                .param("op", "save").with(as("sysadmin")).with(csrf())).andReturn();
        assertThat(tooManyPlaces.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooManyPlaces.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("小数位数最多 4 位");
        form.getSections().get(0).getMetrics().get(0).setDecimals("2");
        mvc.perform(BulletinFormParams.fill(post("/admin/bulletins/" + monthly.id()), form).param("op", "save")
                .with(as("sysadmin")).with(csrf()));
        assertThat(catalog.bulletin(monthly.id()).definition().printsPeriodLine()).as("an unticked box saves false").isFalse();
    }

    @Test
    void aNumberingStartNobodyConfirmedIsShownOnTheFirstPageUntilTheAdministratorConfirmsIt() throws Exception {
        Bulletin monthly = newBulletin(MonthlyBulletins.small(2025, 1));
        BulletinDefinition d = monthly.definition();
        catalog.update(user("sysadmin"), monthly.id(), new BulletinDefinition(d.title(), d.issuer(), d.subtitle(),
                d.frequency(), d.issueLineFormat(), new Numbering(2026, 1, null, false), d.headingStyles(), d.printCopies(),
                d.reminderHours(), d.outline(), d.signoffChain(), d.colophon(), d.periodLine()), true, monthly.version());
        String list = page("/admin/bulletins");
        assertThat(list).contains("data-testid=\"numbering-to-confirm\"", "请核对编号起点", "拟从 2026 年第 1 期");
        String editor = page("/admin/bulletins/" + monthly.id());
        assertThat(editor).contains("data-testid=\"numbering-unconfirmed\"");

        BulletinForm form = form(catalog.bulletin(monthly.id()));
        form.setFirstYear("2026");
        form.setFirstYearlyNumber("5");
        form.setNumberingConfirmed(true);
        mvc.perform(BulletinFormParams.fill(post("/admin/bulletins/" + monthly.id()), form).param("op", "save")
                .with(as("sysadmin")).with(csrf()));
        Numbering numbering = catalog.bulletin(monthly.id()).definition().numbering();
        assertThat(numbering.confirmed()).isTrue();
        assertThat(numbering.firstYearlyNumber()).isEqualTo(5);
        assertThat(page("/admin/bulletins")).doesNotContain("拟从 2026 年第 1 期");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username);
    }

    private BulletinForm form(Bulletin bulletin) {
        BulletinForm form = BulletinFormMapper.toForm(bulletin.definition());
        form.setVersion(String.valueOf(bulletin.version()));
        form.setActive("true");
        return form;
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as("sysadmin"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
