-- The value a step asks for when it is confirmed (2.5: the SPP relationship id), kept on the step.
alter table customer_step add column input_value varchar(64);
