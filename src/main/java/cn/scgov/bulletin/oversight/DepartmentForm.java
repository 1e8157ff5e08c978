package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.directory.DirectoryController;
import java.util.Map;

/** The department form as typed; every field a string so that any input comes back to the user intact. */
record DepartmentForm(String code, String name, String kind, String position, String active, String version) {

    static DepartmentForm empty() {
        return new DepartmentForm("", "", DepartmentKind.WINDOW.name(), "", "true", "0");
    }

    static DepartmentForm of(Department department) {
        return new DepartmentForm(department.code(), department.name(), department.kind().name(),
                String.valueOf(department.position()), String.valueOf(department.active()),
                String.valueOf(department.version()));
    }

    /** The API's request for the same change, for the same validation; unreadable numbers are reported apart. */
    DirectoryController.DepartmentRequest request(Map<String, String> errors) {
        Integer parsedPosition = null;
        if (position != null && !position.isBlank()) {
            try {
                parsedPosition = Integer.valueOf(position.strip());
            } catch (NumberFormatException e) {
                errors.put("position", "排序号须为整数");
            }
        }
        return new DirectoryController.DepartmentRequest(strip(code), strip(name), parsedKind(), parsedPosition,
                !"false".equals(active), versionNumber());
    }

    public boolean isActive() {
        return !"false".equals(active);
    }

    Integer versionNumber() {
        try {
            return version == null ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private DepartmentKind parsedKind() {
        try {
            return kind == null ? null : DepartmentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
