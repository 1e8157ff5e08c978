package cn.scgov.bulletin.attachment;

import cn.scgov.bulletin.attachment.internal.AttachmentRepository;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Attachments of contributions. Whoever may read a contribution may list and download its files. The
 * department's submitters add and remove them while they hold the pen (drafting or returned); editors
 * also until they decide on it (submitted). Once accepted the files are fixed, so an image placed in
 * the issue never disappears under it.
 */
@Service
public class AttachmentService {

    private final AttachmentRepository repository;
    private final ContributionService contributions;
    private final AttachmentSettings settings;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    AttachmentService(AttachmentRepository repository, ContributionService contributions, AttachmentSettings settings,
            TimeSource time, ApplicationEventPublisher events) {
        this.repository = repository;
        this.contributions = contributions;
        this.settings = settings;
        this.time = time;
        this.events = events;
    }

    /** A file and its bytes, as stored. */
    public record Content(Attachment attachment, byte[] bytes) {
    }

    @Transactional
    public List<Attachment> list(CurrentUser user, long contributionId) {
        contributions.contribution(user, contributionId);
        return repository.ofContribution(contributionId);
    }

    /** Whether the user may add and remove files of the contribution now (the page shows the form then). */
    public boolean canChange(CurrentUser user, long contributionId) {
        Contribution contribution = contributions.contribution(user, contributionId);
        ContributionStatus status = contribution.status();
        if (user.submitterOf(contribution.departmentCode())) {
            return status.drafting();
        }
        return user.has(Role.EDITOR) && (status.drafting() || status == ContributionStatus.SUBMITTED);
    }

    public AttachmentSettings settings() {
        return settings;
    }

    @Transactional
    public Content download(CurrentUser user, long id) {
        Attachment attachment = require(id);
        contributions.contribution(user, attachment.contributionId());
        return new Content(attachment, repository.content(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    @RetryOnCollision
    public Attachment upload(CurrentUser user, long contributionId, String fileName, byte[] content) {
        // Who may add comes first: an outsider learns nothing about what the file would have been.
        requireChanger(user, contributionId);
        if (content == null || content.length == 0) {
            throw InvalidInputException.field("file", "请选择要上传的文件（不能为空文件）");
        }
        long max = settings.maxFileSize().toBytes();
        if (content.length > max) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "附件不能超过 " + settings.maxFileSize().toMegabytes() + " MB，该文件有 " + megabytes(content.length) + " MB");
        }
        ContentInspector.Inspected inspected = ContentInspector.inspect(content, settings.maxImageSide());
        String sha256 = sha256(content);
        String name = FileNames.clean(fileName, inspected.kind());
        Contribution contribution = changeable(user, contributionId);
        repository.findBySha256(contributionId, sha256).ifPresent(same -> {
            throw new ConflictException("该文件已上传过（" + same.fileName() + "，SHA-256 " + sha256 + "）");
        });
        if (repository.count(contributionId) >= settings.maxFiles()) {
            throw InvalidInputException.field("file", "每份稿件最多 " + settings.maxFiles() + " 个附件，请先删除不需要的附件");
        }
        long id;
        try {
            id = repository.insert(new AttachmentRepository.NewAttachment(contributionId, contribution.issueId(),
                    contribution.departmentCode(), name, inspected.kind(), sha256, inspected.width(),
                    inspected.height(), content, user.username(), time.now()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("该文件已上传过（SHA-256 " + sha256 + "）");
        }
        log(AttachmentAction.ATTACHMENT_UPLOADED, user, contribution, name + "（" + inspected.kind().label() + "，"
                + content.length + " 字节，SHA-256 " + sha256 + "）");
        return require(id);
    }

    @Transactional
    @RetryOnCollision
    public void remove(CurrentUser user, long id) {
        Attachment attachment = require(id);
        Contribution contribution = changeable(user, attachment.contributionId());
        if (!repository.delete(id)) {
            throw notFound(id);
        }
        log(AttachmentAction.ATTACHMENT_REMOVED, user, contribution, attachment.fileName() + "（SHA-256 "
                + attachment.sha256() + "）");
    }

    /** The images attached to accepted contributions of an issue: what an editor may place in it. */
    public List<Attachment> placeableImages(long issueId, java.util.function.LongPredicate accepted) {
        return repository.imagesOfIssue(issueId).stream().filter(a -> accepted.test(a.contributionId())).toList();
    }

    /** An attachment and its bytes, for the modules that print it (no access check: they check the issue). */
    public Optional<Content> stored(long id) {
        return repository.find(id).flatMap(a -> repository.content(id).map(bytes -> new Content(a, bytes)));
    }

    private Contribution requireChanger(CurrentUser user, long contributionId) {
        Contribution contribution = contributions.contribution(user, contributionId);
        if (!user.submitterOf(contribution.departmentCode()) && !user.has(Role.EDITOR)) {
            throw new ForbiddenException("只有本部门报送员或编辑可以增删附件");
        }
        return contribution;
    }

    private Contribution changeable(CurrentUser user, long contributionId) {
        Contribution contribution = requireChanger(user, contributionId);
        repository.lockContribution(contributionId);
        ContributionStatus status = contributions.contribution(user, contributionId).status();
        boolean open = status.drafting() || user.has(Role.EDITOR) && status == ContributionStatus.SUBMITTED;
        if (!open) {
            throw new ConflictException("稿件" + status.label() + "，附件不能再增删");
        }
        return contribution;
    }

    private Attachment require(long id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("附件不存在：" + id);
    }

    private void log(AuditAction action, CurrentUser user, Contribution contribution, String detail) {
        events.publishEvent(new ProcessLogged(action, user.username(), contribution.issueId(),
                contribution.departmentCode(), null, null, null, detail));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }
}
