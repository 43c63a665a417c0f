-- The currency a reported growth rate is measured in, when the article says so ("in yuan terms"), issue 16.
alter table trade_statistic add column growth_currency varchar(10);
