package cn.scgov.bulletin.bulletin.internal;

import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.DefinitionRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import cn.scgov.bulletin.bulletin.BulletinDefinition.Numbering;
import cn.scgov.bulletin.shared.ApplicationSettings;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.shared.TimeSource;

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
 * bulletin with the brief's outline. Afterwards they are administrators' data. With demo data the
 * weekly keeps the numbering of the 2023 sample it reproduces; without (production), no sample
 * number is carried over: numbering starts at issue 1 (cumulative 1) of the current year, marked
 * unconfirmed, and the administrators' bulletin page asks the system administrator to confirm or
 * correct it before the first issue is numbered.
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
    private final RetryingTransactionTemplate transactions;
    private final TimeSource time;
    private final boolean demoData;

    BulletinSeeder(BulletinRepository bulletins, DefinitionRules rules, JsonMapper json,
            RetryingTransactionTemplate transactions, TimeSource time, ApplicationSettings settings) {
        this.bulletins = bulletins;
        this.rules = rules;
        this.json = json;
        this.transactions = transactions;
        this.time = time;
        this.demoData = settings.demoData();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            seed();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Nodes started together on an empty database: another node seeded the bulletins first.
            log.info("Bulletins seeded by another node at the same moment");
        }
    }

    private void seed() {
        transactions.run(() -> {
            if (bulletins.count() > 0) {
                return;
            }
            for (String code : new String[] {"weekly", "monthly"}) {
                BulletinDefinition definition = demoData ? read(SEEDS.get(code)) : unconfirmedStart(read(SEEDS.get(code)));
                rules.check(definition);
                bulletins.insert(code, definition, "system", time.now());
                log.info("Seeded bulletin {} ({}), numbering from {} No. {}{}", code, definition.title(),
                        definition.numbering().firstYear(), definition.numbering().firstYearlyNumber(),
                        definition.numbering().confirmed() ? "" : " (to be confirmed by the system administrator)");
            }
        });
    }

    /** The seed with numbering from issue 1 of the current year, to be confirmed by the administrator. */
    BulletinDefinition unconfirmedStart(BulletinDefinition seed) {
        Numbering numbering = new Numbering(time.today().getYear(), 1, seed.cumulativeNumbering() ? 1 : null, false);
        return new BulletinDefinition(seed.title(), seed.issuer(), seed.subtitle(), seed.frequency(),
                seed.issueLineFormat(), numbering, seed.headingStyles(), seed.printCopies(), seed.reminderHours(),
                seed.outline(), seed.signoffChain(), seed.colophon(), seed.periodLine());
    }

    private BulletinDefinition read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, BulletinDefinition.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
