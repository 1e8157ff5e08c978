package cn.scgov.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import cn.scgov.bulletin.bulletin.BulletinDefinition.Numbering;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.shared.TimeSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * A production install (no demo data) carries no sample's numbering: its bulletins start at issue 1
 * (cumulative 1) of the current year, unconfirmed, and the system administrator's first page after
 * the first login asks to confirm or correct each start.
 */
@SpringBootTest(properties = {"bulletin.demo-data=false", "bulletin.bootstrap.sysadmin-password=Start2026ab"})
@AutoConfigureMockMvc
class ProductionSeedTests {

    @Autowired BulletinCatalog catalog;
    @Autowired TimeSource time;
    @Autowired Credentials credentials;
    @Autowired Directory directory;
    @Autowired JsonMapper json;
    @Autowired MockMvc mvc;

    @Test
    void aProductionInstallStartsNumberingAtOneThisYearAndAsksTheAdministratorToConfirmIt() throws Exception {
        int year = time.today().getYear();
        Bulletin weekly = seeded("weekly");
        Bulletin monthly = seeded("monthly");
        assertThat(weekly.definition().numbering()).isEqualTo(new Numbering(year, 1, 1, false));
        assertThat(monthly.definition().numbering()).isEqualTo(new Numbering(year, 1, null, false));
        assertThat(json.writeValueAsString(weekly.definition())).doesNotContain("428", "\"firstYear\":2023");
        assertThat(monthly.definition().printsPeriodLine()).isFalse();
        assertThat(monthly.definition().printCopies()).isZero();

        credentials.changePassword(directory.currentUser("sysadmin").orElseThrow(), "Start2026ab", "Changed2026cd");
        assertThat(mvc.perform(get("/").with(user("sysadmin"))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/admin/bulletins");
        String page = mvc.perform(get("/admin/bulletins").with(user("sysadmin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请核对编号起点", "窗口工作周报：拟从 " + year + " 年第 1 期（总第 1 期）编起",
                "政务窗口月报：拟从 " + year + " 年第 1 期编起");
    }

    private Bulletin seeded(String code) {
        return catalog.bulletins().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }
}
