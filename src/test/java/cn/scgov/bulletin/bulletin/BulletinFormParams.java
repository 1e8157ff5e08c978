package cn.scgov.bulletin.bulletin;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A bulletin editor form as the page posts it, for MockMvc: every field by its name, checkboxes only when ticked. */
final class BulletinFormParams {

    private BulletinFormParams() {
    }

    static MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, BulletinForm form) {
        request.param("title", form.getTitle()).param("issuer", form.getIssuer()).param("subtitle", form.getSubtitle())
                .param("frequency", form.getFrequency()).param("issueLineFormat", form.getIssueLineFormat())
                .param("firstYear", form.getFirstYear()).param("firstYearlyNumber", form.getFirstYearlyNumber())
                .param("firstCumulativeNumber", form.getFirstCumulativeNumber())
                .param("printCopies", form.getPrintCopies()).param("reminderHours", form.getReminderHours())
                .param("active", form.getActive()).param("version", form.getVersion());
        if (form.isPeriodLine()) {
            request.param("periodLine", "true");
        }
        if (form.isNumberingConfirmed()) {
            request.param("numberingConfirmed", "true");
        }
        for (int i = 0; i < form.getHeadingStyles().size(); i++) {
            request.param("headingStyles[" + i + "]", form.getHeadingStyles().get(i));
        }
        for (int i = 0; i < form.getSections().size(); i++) {
            BulletinForm.SectionForm section = form.getSections().get(i);
            String at = "sections[" + i + "].";
            request.param(at + "key", section.getKey()).param(at + "title", section.getTitle())
                    .param(at + "kind", section.getKind()).param(at + "depth", section.getDepth())
                    .param(at + "itemStyle", section.getItemStyle()).param(at + "template", section.getTemplate());
            if (section.isNumberItems()) {
                request.param(at + "numberItems", "true");
            }
            section.getDepartments().forEach(department -> request.param(at + "departments", department));
            for (int m = 0; m < section.getMetrics().size(); m++) {
                BulletinForm.MetricForm metric = section.getMetrics().get(m);
                String mt = at + "metrics[" + m + "].";
                request.param(mt + "key", metric.getKey()).param(mt + "label", metric.getLabel())
                        .param(mt + "accumulation", metric.getAccumulation()).param(mt + "unit", metric.getUnit())
                        .param(mt + "scale", metric.getScale()).param(mt + "decimals", metric.getDecimals());
            }
            for (int c = 0; c < section.getChecklist().size(); c++) {
                BulletinForm.ChecklistItemForm item = section.getChecklist().get(c);
                request.param(at + "checklist[" + c + "].label", item.getLabel())
                        .param(at + "checklist[" + c + "].defaultFinding", item.getDefaultFinding());
            }
        }
        for (int i = 0; i < form.getSignoffChain().size(); i++) {
            request.param("signoffChain[" + i + "].name", form.getSignoffChain().get(i).getName())
                    .param("signoffChain[" + i + "].role", form.getSignoffChain().get(i).getRole());
        }
        for (int i = 0; i < form.getColophon().size(); i++) {
            BulletinForm.ColophonForm line = form.getColophon().get(i);
            request.param("colophon[" + i + "].kind", line.getKind()).param("colophon[" + i + "].text", line.getText());
            int k = i;
            line.getRecipientRoles().forEach(role -> request.param("colophon[" + k + "].recipientRoles", role));
            line.getRecipientDepartments().forEach(scope -> request.param("colophon[" + k + "].recipientDepartments", scope));
        }
        return request;
    }
}
