package cn.scgov.bulletin.office;

import cn.scgov.bulletin.compilation.CompiledItem;
import cn.scgov.bulletin.compilation.ItemFigures;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RefusalRedirect;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor chooses which attached image of the item's department prints under the item, with a caption. */
@Controller
class ItemImagePageController {

    private final ItemFigures figures;
    private final IssueAccess access;

    ItemImagePageController(ItemFigures figures, IssueAccess access) {
        this.figures = figures;
        this.access = access;
    }

    @GetMapping("/issues/{id}/compile/items/{itemId}/image")
    String page(CurrentUser user, @PathVariable long id, @PathVariable long itemId, Model model) {
        model.addAttribute("issue", access.editable(user, id));
        CompiledItem item = figures.item(user, id, itemId);
        model.addAttribute("item", item);
        model.addAttribute("candidates", figures.candidates(user, id, itemId));
        model.addAttribute("placed", figures.ofIssue(user, id).stream().filter(p -> p.itemId() == itemId).findFirst().orElse(null));
        return "compilation/item-image";
    }

    @PostMapping("/issues/{id}/compile/items/{itemId}/image")
    String place(CurrentUser user, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) Long attachmentId, @RequestParam(defaultValue = "") String caption,
            RedirectAttributes redirect) {
        IssueAccess.requireEditor(user);
        RefusalRedirect.to("/issues/" + id + "/compile/items/" + itemId + "/image",
                InvalidInputException.class, ConflictException.class);
        if (attachmentId == null) {
            throw InvalidInputException.field("attachmentId", "请选择图片");
        }
        figures.place(user, id, itemId, attachmentId, caption);
        redirect.addFlashAttribute("flashSuccess", "已将图片插入条目");
        return "redirect:/issues/" + id + "/compile#item-" + itemId;
    }

    @PostMapping("/issues/{id}/compile/items/{itemId}/image/remove")
    String remove(CurrentUser user, @PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        IssueAccess.requireEditor(user);
        RefusalRedirect.to("/issues/" + id + "/compile#item-" + itemId, ConflictException.class, NotFoundException.class);
        figures.remove(user, id, itemId);
        redirect.addFlashAttribute("flashSuccess", "已移除图片");
        return "redirect:/issues/" + id + "/compile#item-" + itemId;
    }
}
