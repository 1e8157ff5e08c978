package cn.scgov.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import cn.scgov.bulletin.support.SampleIssues;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * A section's own item numbering style (the 2024 weekly numbers the items of 政务工作动态 "1." under
 * "一、") is part of the definition: it survives JSON and the administrator's form.
 */
class SectionItemStyleTests {

    @Test
    void theItemStyleSurvivesJsonAndTheForm() throws Exception {
        BulletinDefinition definition = SampleIssues.fixture("weekly-2024-02").bulletin().definition();
        assertThat(definition.outline().get(0).itemStyle()).isEqualTo("{n}.");
        assertThat(definition.outline().get(2).itemStyle()).isNull();

        BulletinFormMapper.Reading reading = BulletinFormMapper.read(BulletinFormMapper.toForm(definition));
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.definition()).isEqualTo(definition);

        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readValue(json.writeValueAsString(definition), BulletinDefinition.class)).isEqualTo(definition);
        try (InputStream seeded = getClass().getResourceAsStream("/seed/bulletin-weekly.json")) {
            assertThat(json.readValue(seeded, BulletinDefinition.class).allSections())
                    .allSatisfy(section -> assertThat(section.itemStyle()).isNull());
        }
    }
}
