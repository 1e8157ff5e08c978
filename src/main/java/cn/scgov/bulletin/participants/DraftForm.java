package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ContributionViews;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The contribution page's draft form as posted: the version the page was rendered from and the
 * items in page order. Moving, adding and removing items only change this form (the page is
 * re-rendered with it); nothing is stored until the submitter saves or submits.
 */
public class DraftForm {

    private Integer version;
    private List<Item> items = new ArrayList<>();

    public static class Item {

        private Long sectionId;
        private String text;

        public Item() {
        }

        Item(Long sectionId, String text) {
            this.sectionId = sectionId;
            this.text = text;
        }

        public Long getSectionId() {
            return sectionId;
        }

        public void setSectionId(Long sectionId) {
            this.sectionId = sectionId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        boolean blank() {
            return text == null || text.isBlank();
        }
    }

    /** An item to store, with its index in the form (to put the service's errors next to the right box). */
    public record Posted(int formIndex, ContributionService.DraftItem item) {
    }

    /** The element to focus after an edit, so keyboard users stay where they were. */
    record Edit(boolean applied, String focus) {
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }

    static DraftForm of(ContributionViews.Detail detail) {
        DraftForm form = new DraftForm();
        form.version = detail.version();
        detail.sections().forEach(section -> section.items()
                .forEach(item -> form.items.add(new Item(section.sectionId(), item.text()))));
        return form;
    }

    /** Drops holes and items of sections the department does not write for, and groups items by section. */
    void normalise(List<Long> sectionOrder) {
        items = new ArrayList<>(items.stream()
                .filter(Objects::nonNull)
                .filter(item -> item.sectionId != null && sectionOrder.contains(item.sectionId))
                .sorted(Comparator.comparingInt(item -> sectionOrder.indexOf(item.sectionId)))
                .toList());
    }

    /** The items to store: the ones with text (an added box left empty holds nothing the user wrote). */
    public List<Posted> posted() {
        List<Posted> posted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (!item.blank()) {
                posted.add(new Posted(i, new ContributionService.DraftItem(item.sectionId, item.text)));
            }
        }
        return posted;
    }

    /** Applies {@code add:<sectionId>}, {@code up:<i>}, {@code down:<i>} or {@code remove:<i>} to the form. */
    public Edit apply(String op, List<Long> sectionOrder) {
        normalise(sectionOrder);
        int colon = op == null ? -1 : op.indexOf(':');
        if (colon < 0) {
            return new Edit(false, null);
        }
        String verb = op.substring(0, colon);
        long argument;
        try {
            argument = Long.parseLong(op.substring(colon + 1));
        } catch (NumberFormatException e) {
            return new Edit(false, null);
        }
        if (verb.equals("add") && sectionOrder.contains(argument)) {
            Item added = new Item(argument, "");
            items.add(added);
            normalise(sectionOrder);
            return new Edit(true, "text-" + items.indexOf(added));
        }
        if (argument < 0 || argument >= items.size()) {
            return new Edit(false, null);
        }
        int index = (int) argument;
        Item item = items.get(index);
        switch (verb) {
            case "up" -> {
                if (index > 0 && items.get(index - 1).sectionId.equals(item.sectionId)) {
                    items.set(index, items.get(index - 1));
                    items.set(index - 1, item);
                    return new Edit(true, (firstOfSection(index - 1) ? "down-" : "up-") + (index - 1));
                }
            }
            case "down" -> {
                if (index + 1 < items.size() && items.get(index + 1).sectionId.equals(item.sectionId)) {
                    items.set(index, items.get(index + 1));
                    items.set(index + 1, item);
                    return new Edit(true, (lastOfSection(index + 1) ? "up-" : "down-") + (index + 1));
                }
            }
            case "remove" -> {
                items.remove(index);
                return new Edit(true, "add-" + item.sectionId);
            }
            default -> {
                return new Edit(false, null);
            }
        }
        return new Edit(false, null);
    }

    // A disabled button cannot take focus: at either end of its section the moved item keeps the other one.
    private boolean firstOfSection(int index) {
        return index == 0 || !items.get(index - 1).sectionId.equals(items.get(index).sectionId);
    }

    private boolean lastOfSection(int index) {
        return index == items.size() - 1 || !items.get(index + 1).sectionId.equals(items.get(index).sectionId);
    }
}
