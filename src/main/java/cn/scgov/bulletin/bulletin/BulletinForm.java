package cn.scgov.bulletin.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * A bulletin's definition as the editor page posts it: every value a string (nothing typed can fail
 * binding and everything typed comes back), and the outline as a flat list of sections with a depth,
 * in reading order, so that rows can be moved, nested and removed without saving.
 */
public class BulletinForm {

    private String code = "";
    private String title = "";
    private String issuer = "";
    private String subtitle = "";
    private String frequency = Frequency.WEEKLY.name();
    private String issueLineFormat = "";
    private String firstYear = "";
    private String firstYearlyNumber = "";
    private String firstCumulativeNumber = "";
    private List<String> headingStyles = new ArrayList<>();
    private String printCopies = "";
    private String reminderHours = "";
    /** Checkboxes: absent from a post when unchecked, so false unless the form says otherwise. */
    private boolean periodLine;
    private boolean numberingConfirmed;
    private List<SectionForm> sections = new ArrayList<>();
    private List<StepForm> signoffChain = new ArrayList<>();
    private List<ColophonForm> colophon = new ArrayList<>();
    private String active = "true";
    private String version = "";
    private String latestVersion = "";

    public static class SectionForm {
        private String key = "";
        private String title = "";
        private String kind = SectionKind.NARRATIVE.name();
        private String depth = "0";
        private boolean numberItems;
        private String itemStyle = "";
        private List<String> departments = new ArrayList<>();
        private String template = "";
        private List<MetricForm> metrics = new ArrayList<>();
        private List<ChecklistItemForm> checklist = new ArrayList<>();

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getDepth() { return depth; }
        public void setDepth(String depth) { this.depth = depth; }
        public boolean isNumberItems() { return numberItems; }
        public void setNumberItems(boolean numberItems) { this.numberItems = numberItems; }
        public String getItemStyle() { return itemStyle; }
        public void setItemStyle(String itemStyle) { this.itemStyle = itemStyle; }
        public List<String> getDepartments() { return departments; }
        public void setDepartments(List<String> departments) { this.departments = departments; }
        public String getTemplate() { return template; }
        public void setTemplate(String template) { this.template = template; }
        public List<MetricForm> getMetrics() { return metrics; }
        public void setMetrics(List<MetricForm> metrics) { this.metrics = metrics; }
        public List<ChecklistItemForm> getChecklist() { return checklist; }
        public void setChecklist(List<ChecklistItemForm> checklist) { this.checklist = checklist; }

        /** The depth as a number (0 = top level); anything unreadable counts as top level. */
        public int level() {
            try {
                return Math.max(0, Integer.parseInt(depth.strip()));
            } catch (RuntimeException e) {
                return 0;
            }
        }

        public void level(int level) {
            this.depth = String.valueOf(level);
        }
    }

    public static class MetricForm {
        private String key = "";
        private String label = "";
        private String accumulation = Accumulation.PERIOD.name();
        private String unit = "";
        private String scale = FigureScale.ONE.name();
        private String decimals = "0";

        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getScale() { return scale; }
        public void setScale(String scale) { this.scale = scale; }
        public String getDecimals() { return decimals; }
        public void setDecimals(String decimals) { this.decimals = decimals; }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getAccumulation() { return accumulation; }
        public void setAccumulation(String accumulation) { this.accumulation = accumulation; }
    }

    public static class ChecklistItemForm {
        private String label = "";
        private String defaultFinding = "";

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getDefaultFinding() { return defaultFinding; }
        public void setDefaultFinding(String defaultFinding) { this.defaultFinding = defaultFinding; }
    }

    public static class StepForm {
        private String name = "";
        private String role = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
    }

    public static class ColophonForm {
        private String kind = ColophonKind.REPORT.name();
        private String text = "";
        private List<String> recipientRoles = new ArrayList<>();
        private List<String> recipientDepartments = new ArrayList<>();

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public List<String> getRecipientRoles() { return recipientRoles; }
        public void setRecipientRoles(List<String> recipientRoles) { this.recipientRoles = recipientRoles; }
        public List<String> getRecipientDepartments() { return recipientDepartments; }
        public void setRecipientDepartments(List<String> recipientDepartments) { this.recipientDepartments = recipientDepartments; }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getSubtitle() { return subtitle; }
    public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public String getIssueLineFormat() { return issueLineFormat; }
    public void setIssueLineFormat(String issueLineFormat) { this.issueLineFormat = issueLineFormat; }
    public String getFirstYear() { return firstYear; }
    public void setFirstYear(String firstYear) { this.firstYear = firstYear; }
    public String getFirstYearlyNumber() { return firstYearlyNumber; }
    public void setFirstYearlyNumber(String firstYearlyNumber) { this.firstYearlyNumber = firstYearlyNumber; }
    public String getFirstCumulativeNumber() { return firstCumulativeNumber; }
    public void setFirstCumulativeNumber(String firstCumulativeNumber) { this.firstCumulativeNumber = firstCumulativeNumber; }
    public List<String> getHeadingStyles() { return headingStyles; }
    public void setHeadingStyles(List<String> headingStyles) { this.headingStyles = headingStyles; }
    public String getPrintCopies() { return printCopies; }
    public void setPrintCopies(String printCopies) { this.printCopies = printCopies; }
    public String getReminderHours() { return reminderHours; }
    public void setReminderHours(String reminderHours) { this.reminderHours = reminderHours; }
    public boolean isPeriodLine() { return periodLine; }
    public void setPeriodLine(boolean periodLine) { this.periodLine = periodLine; }
    public boolean isNumberingConfirmed() { return numberingConfirmed; }
    public void setNumberingConfirmed(boolean numberingConfirmed) { this.numberingConfirmed = numberingConfirmed; }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> sections) { this.sections = sections; }
    public List<StepForm> getSignoffChain() { return signoffChain; }
    public void setSignoffChain(List<StepForm> signoffChain) { this.signoffChain = signoffChain; }
    public List<ColophonForm> getColophon() { return colophon; }
    public void setColophon(List<ColophonForm> colophon) { this.colophon = colophon; }
    public String getActive() { return active; }
    public void setActive(String active) { this.active = active; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getLatestVersion() { return latestVersion; }
    public void setLatestVersion(String latestVersion) { this.latestVersion = latestVersion; }
}
