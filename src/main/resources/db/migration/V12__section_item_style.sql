-- A section's own numbering style for its items, when it is not the next level's heading style
-- (the 2024 weekly numbers the items of 一、政务工作动态 "1." directly under the "一、" heading).
ALTER TABLE issue_section ADD COLUMN item_style VARCHAR(20);
