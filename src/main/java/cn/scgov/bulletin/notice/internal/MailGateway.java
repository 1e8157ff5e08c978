package cn.scgov.bulletin.notice.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP side, through Spring Boot's mail starter ({@code spring.mail.*}). Without a mail host
 * e-mail is off: notices stay in the application and nothing is queued (the pages say so).
 */
@Component
public class MailGateway {

    private final ObjectProvider<JavaMailSender> sender;
    private final Environment environment;
    private final NoticeSettings settings;

    MailGateway(ObjectProvider<JavaMailSender> sender, Environment environment, NoticeSettings settings) {
        this.sender = sender;
        this.environment = environment;
        this.settings = settings;
    }

    public boolean enabled() {
        return StringUtils.hasText(environment.getProperty("spring.mail.host")) && sender.getIfAvailable() != null;
    }

    /**
     * Sends one plain-text UTF-8 e-mail. Its Message-ID is derived from the outbox row, so the rare
     * second delivery of one row (a node that died between the server's acceptance and the row's
     * update) is recognisable as the same message.
     */
    void send(MailOutbox.Outgoing mail) throws MessagingException {
        JavaMailSender mailSender = sender.getObject();
        String messageId = "<notice-" + mail.id() + "." + domain() + ">";
        MimeMessage message = mailSender instanceof JavaMailSenderImpl impl ? fixedId(impl.getSession(), messageId)
                : mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(settings.mailFrom(), false));
        helper.setTo(new InternetAddress(mail.address(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        mailSender.send(message);
    }

    private String domain() {
        try {
            String host = URI.create(settings.baseUrl()).getHost();
            return host == null ? "bulletin.local" : host;
        } catch (IllegalArgumentException e) {
            return "bulletin.local";
        }
    }

    private static MimeMessage fixedId(Session session, String messageId) {
        return new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }
}
