-- Per-date opening hours that replace the weekday's (docs/calendar.md, Overrides), e.g. a short day before a holiday.
create table support_calendar_override (
    override_date date         not null primary key,
    opens_at      varchar(5)   not null,
    closes_at     varchar(5)   not null,
    name          varchar(200) not null
);
