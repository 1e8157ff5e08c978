package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.savedfilter.FilterKind;
import cn.scgov.bulletin.savedfilter.SavedFilter;
import cn.scgov.bulletin.savedfilter.SavedFilters;
import java.util.Locale;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedirect;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving the page's current filter under a name, and deleting one, from the inbox and archive pages. */
@Controller
class SavedFilterPageController {

    private final SavedFilters filters;
    private final MessageSource messages;

    SavedFilterPageController(SavedFilters filters, MessageSource messages) {
        this.filters = filters;
        this.messages = messages;
    }

    @PostMapping("/saved-filters")
    String save(CurrentUser user, @RequestParam FilterKind kind, @RequestParam(required = false) String name,
            @RequestParam(required = false) String query, RedirectAttributes redirect, Locale locale) {
        RefusalRedirect.to(SavedFilters.back(kind, query), InvalidInputException.class, ConflictException.class);
        SavedFilter saved = filters.save(user, kind, name, SavedFilters.parameters(query));
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("savedFilter.saved",
                new Object[] {saved.name()}, locale));
        return "redirect:" + saved.href();
    }

    @PostMapping("/saved-filters/{id}/delete")
    String delete(CurrentUser user, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        SavedFilter filter = filters.require(user, id);
        filters.delete(user, id);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("savedFilter.deleted",
                new Object[] {filter.name()}, locale));
        return "redirect:" + filter.kind().path();
    }
}
