-- The customers list pages through active customers in name order (ties broken by id): an index that
-- serves that order lets a deep page skip rows without sorting them all.
create index ix_customer_active_name on customer (archived, name, id);
