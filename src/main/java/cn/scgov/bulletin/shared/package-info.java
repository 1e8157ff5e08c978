/**
 * Small building blocks every feature uses: error types answered as problem details, the clock,
 * retried transactions, paging and database dialect helpers. Open to all modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package cn.scgov.bulletin.shared;
