-- The tax registration id and legal name step 3.2 set through the console: its verification compares what AWS
-- has filed with them. Neither is secret; both are on the customer's invoices.
alter table customer add column tax_registration_id varchar(60);
alter table customer add column tax_legal_name varchar(200);
