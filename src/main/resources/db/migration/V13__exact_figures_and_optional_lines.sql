-- Statistics figures are decimals kept exactly (4.2 万件 stays 4.2, never a float, never rounded), and
-- each issue keeps the display format of each metric as its bulletin defined it when it opened:
-- unit (件, 人（次）), scale (ONE, TEN_THOUSAND 万, HUNDRED_MILLION 亿) and decimal places.
-- New columns are added and the old whole numbers copied into them (ALTER ... MODIFY differs between
-- H2 and MySQL, ADD/UPDATE/DROP does not).
ALTER TABLE issue_statistic ADD COLUMN period_figure DECIMAL(22,4);
ALTER TABLE issue_statistic ADD COLUMN cumulative_figure DECIMAL(22,4);
UPDATE issue_statistic SET period_figure = period_value, cumulative_figure = cumulative_value;
ALTER TABLE issue_statistic DROP COLUMN period_value;
ALTER TABLE issue_statistic DROP COLUMN cumulative_value;
ALTER TABLE issue_statistic ADD COLUMN figure_unit VARCHAR(20);
ALTER TABLE issue_statistic ADD COLUMN figure_scale VARCHAR(16) DEFAULT 'ONE' NOT NULL;
ALTER TABLE issue_statistic ADD COLUMN figure_decimals INT DEFAULT 0 NOT NULL;

ALTER TABLE statistic_opening ADD COLUMN opening_figure DECIMAL(22,4);
UPDATE statistic_opening SET opening_figure = opening_value;
ALTER TABLE statistic_opening DROP COLUMN opening_value;

-- An issue prints its period line under the subtitle unless its bulletin (or the editor, for this
-- issue) says not to; print_copies 0 prints no print-run line.
ALTER TABLE issue ADD COLUMN period_line BOOLEAN DEFAULT TRUE NOT NULL;
