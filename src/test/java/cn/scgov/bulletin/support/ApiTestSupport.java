package cn.scgov.bulletin.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of tests that drive the running application over HTTP, like an API client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport extends FlowTestSupport {

    @LocalServerPort
    protected int port;

    private final Map<String, ApiClient> clients = new ConcurrentHashMap<>();

    /** A client logged in as the demo user (one session per user and test instance). */
    protected ApiClient api(String username) {
        return clients.computeIfAbsent(username, name -> ApiClient.as(port, name));
    }

    protected ApiClient anonymous() {
        return new ApiClient(port, null, null);
    }
}
