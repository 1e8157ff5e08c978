package cn.scgov.bulletin.contribution;

import cn.scgov.bulletin.contribution.internal.ContributionRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.issue.IssueOutline;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.shared.InvalidInputException;

/** What a department may draft: text items in the narrative sections it contributes to, within limits. */
final class DraftItems {

    private DraftItems() {
    }

    /** The items as they will be stored, or a 400 naming every bad one (nothing is stored then). */
    static List<ContributionRepository.NewItem> check(IssueOutline outline, String department, List<DraftItem> items) {
        if (items.size() > ContributionService.MAX_ITEMS) {
            throw InvalidInputException.field("items", "条目不超过 " + ContributionService.MAX_ITEMS + " 条");
        }
        Set<Long> allowed = new HashSet<>();
        for (IssueSection section : outline.sectionsOf(department)) {
            if (section.kind() == SectionKind.NARRATIVE) {
                allowed.add(section.id());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<ContributionRepository.NewItem> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DraftItem item = items.get(i);
            String text = item.text() == null ? "" : item.text().strip();
            if (!allowed.contains(item.sectionId())) {
                errors.put("items[" + i + "].sectionId", "本部门不向该栏目报送");
            } else if (text.isEmpty()) {
                errors.put("items[" + i + "].text", "条目内容不能为空");
            } else if (text.length() > ContributionService.MAX_ITEM_LENGTH) {
                errors.put("items[" + i + "].text", "每条不超过 " + ContributionService.MAX_ITEM_LENGTH + " 字");
            } else {
                checked.add(new ContributionRepository.NewItem(item.sectionId(), text));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("稿件条目有误：" + String.join("；", errors.values()), errors);
        }
        return checked;
    }
}
