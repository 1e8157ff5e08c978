package cn.scgov.bulletin.directory;

/** A department as the directory holds it. */
public record Department(String code, String name, DepartmentKind kind, int position, boolean active, int version) {
}
