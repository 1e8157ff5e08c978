package cn.scgov.bulletin.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.UserAccount;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests that send notices through a real SMTP server (GreenMail) the tests start: the application's
 * {@code spring.mail.*} point at it. All such test classes share one server and one application
 * context; each test uses its own addresses, so it counts only its own messages.
 */
public abstract class MailTestSupport extends ApiTestSupport {

    protected static final int SMTP_PORT = freePort();
    private static GreenMail smtp = newServer();

    @Autowired protected DirectoryAdministration administration;

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void smtpRunning() {
        smtpUp();
    }

    /** The SMTP server goes away (connections are refused) until {@link #smtpUp()}. */
    protected static synchronized void smtpDown() {
        smtp.stop();
    }

    protected static synchronized void smtpUp() {
        if (!smtp.isRunning()) {
            smtp = newServer();
            smtp.start();
        }
    }

    /** The messages the server received for the address so far. */
    protected static synchronized List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits until the server has at least {@code count} messages for the address, and answers them. */
    protected List<MimeMessage> awaitMessages(String address, int count) {
        jobs.await(() -> messagesTo(address).size() >= count, count + " e-mail(s) to " + address);
        return messagesTo(address);
    }

    /** Gives the account an e-mail address (as the system administrator does) and answers it. */
    protected String giveEmail(String username) {
        String address = username.toLowerCase() + "@mail.test.example.cn";
        UserAccount account = directory.user(username).orElseThrow();
        administration.updateUser(user("sysadmin"), username, new DirectoryAdministration.UserProfile(
                account.displayName(), account.departmentCode(), account.enabled(), account.version(), address));
        return address;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail newServer() {
        return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
