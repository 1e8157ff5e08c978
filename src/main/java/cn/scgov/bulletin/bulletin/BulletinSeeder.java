package cn.scgov.bulletin.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import cn.scgov.bulletin.shared.TimeSource;
import cn.scgov.bulletin.shared.Transactions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * On first start (no bulletin yet) creates the weekly bulletin with the 2023 outline and the monthly
 * bulletin with the brief's outline, in every profile. Afterwards they are administrators' data.
 */
@Component
@Order(10)
class BulletinSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BulletinSeeder.class);
    private static final Map<String, String> SEEDS = Map.of(
            "weekly", "seed/bulletin-weekly.json",
            "monthly", "seed/bulletin-monthly.json");

    private final BulletinRepository bulletins;
    private final DefinitionRules rules;
    private final JsonMapper json;
    private final Transactions transactions;
    private final TimeSource time;

    BulletinSeeder(BulletinRepository bulletins, DefinitionRules rules, JsonMapper json, Transactions transactions,
            TimeSource time) {
        this.bulletins = bulletins;
        this.rules = rules;
        this.json = json;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.run(() -> {
            if (bulletins.count() > 0) {
                return;
            }
            for (String code : new String[] {"weekly", "monthly"}) {
                BulletinDefinition definition = read(SEEDS.get(code));
                rules.check(definition);
                bulletins.insert(code, definition, "system", time.now());
                log.info("Seeded bulletin {} ({})", code, definition.title());
            }
        });
    }

    private BulletinDefinition read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, BulletinDefinition.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
