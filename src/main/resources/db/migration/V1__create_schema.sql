-- Caravan's schema. Plain SQL that H2 (the embedded default) and PostgreSQL both accept.

create table source (
    id varchar(100) primary key,
    title varchar(300) not null,
    title_written_by_caravan boolean not null,
    outlet varchar(200),
    byline varchar(200),
    dateline varchar(200),
    published_on date,
    dating_note varchar(1000),
    language varchar(10) not null,
    seed_file varchar(200)
);

create table place (
    code varchar(100) primary key,
    name varchar(200) not null,
    kind varchar(30) not null,
    iso3 varchar(3),
    parent_code varchar(100) references place (code),
    note varchar(1000)
);
create index place_parent on place (parent_code);
create index place_kind on place (kind);

create table place_group_member (
    group_code varchar(100) not null references place (code),
    member_code varchar(100) not null references place (code),
    primary key (group_code, member_code)
);
create index place_group_member_member on place_group_member (member_code);

create table place_fact (
    id varchar(100) primary key,
    place_code varchar(100) not null references place (code),
    label varchar(500) not null,
    date varchar(20),
    source_id varchar(100) not null references source (id),
    quote varchar(1000) not null
);
create index place_fact_place on place_fact (place_code);

create table trade_statistic (
    id varchar(150) primary key,
    indicator varchar(50) not null,
    description varchar(500) not null,
    subject varchar(200),
    reporter_code varchar(100) not null references place (code),
    partner_code varchar(100) references place (code),
    flow varchar(10),
    period_start date,
    period_end date,
    granularity varchar(20) not null,
    period_label varchar(50) not null,
    sort_date date not null,
    amount numeric(38, 6),
    amount_high numeric(38, 6),
    printed_amount varchar(50),
    amount_resolution numeric(38, 6),
    unit varchar(10) not null,
    qualifier varchar(30) not null,
    reported_growth_percent numeric(20, 4),
    reported_growth_printed varchar(20),
    reported_multiple numeric(20, 4),
    reported_multiple_printed varchar(20),
    multiple_wording varchar(30),
    growth_base varchar(50),
    converted_value numeric(38, 6),
    converted_unit varchar(10),
    converted_qualifier varchar(30),
    converted_printed varchar(50),
    converted_resolution numeric(38, 6),
    note varchar(1000),
    source_id varchar(100) not null references source (id),
    quote varchar(1000) not null
);
create index trade_statistic_page on trade_statistic (sort_date desc, id);
create index trade_statistic_reporter on trade_statistic (reporter_code, indicator, flow, period_end);
create index trade_statistic_partner on trade_statistic (partner_code, indicator, period_end);
create index trade_statistic_indicator on trade_statistic (indicator, period_end);
create index trade_statistic_source on trade_statistic (source_id);

create table meeting (
    id varchar(150) primary key,
    kind varchar(30) not null,
    title varchar(300) not null,
    date_from date,
    date_to date,
    date_precision varchar(20) not null,
    date_text varchar(100),
    date_note varchar(1000),
    online boolean not null,
    place_code varchar(100) references place (code),
    source_id varchar(100) not null references source (id),
    quote varchar(1000) not null,
    sort_date date not null
);
create index meeting_page on meeting (sort_date desc, id);
create index meeting_place_code on meeting (place_code);

create table meeting_place (
    meeting_id varchar(150) not null references meeting (id),
    place_code varchar(100) not null references place (code),
    primary key (meeting_id, place_code)
);
create index meeting_place_place on meeting_place (place_code);

create table meeting_participant (
    meeting_id varchar(150) not null references meeting (id),
    position integer not null,
    name varchar(200) not null,
    role varchar(200),
    organisation varchar(200),
    side_code varchar(100) references place (code),
    primary key (meeting_id, position)
);

create table meeting_topic (
    meeting_id varchar(150) not null references meeting (id),
    position integer not null,
    topic varchar(500) not null,
    primary key (meeting_id, position)
);

create table meeting_outcome (
    meeting_id varchar(150) not null references meeting (id),
    position integer not null,
    kind varchar(20) not null,
    text varchar(1000) not null,
    quote varchar(1000) not null,
    primary key (meeting_id, position)
);

-- Which version of the bundled dataset file has been imported, so a restart can skip reading it.
create table dataset_import (
    checksum varchar(64) primary key,
    version integer not null,
    imported_at timestamp not null
);
