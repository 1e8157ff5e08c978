package cn.scgov.bulletin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each feature is a module; modules use each other only through their public top-level types, without cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BulletinApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
