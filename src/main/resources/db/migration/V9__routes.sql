-- Links between places (issue 16): routes, corridors and crossings, each cited like a figure.
create table route (
    id varchar(150) primary key,
    kind varchar(20) not null,
    name varchar(300),
    from_code varchar(100) not null references place (code),
    to_code varchar(100) not null references place (code),
    transport_mode varchar(20) not null,
    directed boolean not null,
    note varchar(1000),
    source_id varchar(100) not null references source (id),
    quote varchar(1000) not null,
    retracted boolean default false not null
);
create index route_from on route (from_code);
create index route_to on route (to_code);

create table route_through (
    route_id varchar(150) not null references route (id),
    position integer not null,
    place_code varchar(100) not null references place (code),
    primary key (route_id, position)
);
create index route_through_place on route_through (place_code);
