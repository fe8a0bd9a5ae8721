-- The error code of existing AWS_ERROR entries, taken out of the message as the console wrote it: "Error id …: AWS
-- answered {operation} with {code}: {message}", or the code and message alone. Running it again gives the same rows.
update audit_entry set error_code = substring(case
        when position(':' in substring(message from position(' with ' in message) + 6)) > 0
        then substring(substring(message from position(' with ' in message) + 6) from 1
            for position(':' in substring(message from position(' with ' in message) + 6)) - 1)
        else substring(message from position(' with ' in message) + 6) end from 1 for 80)
    where action = 'AWS_ERROR' and message is not null and position(' with ' in message) > 0;
update audit_entry set error_code = substring(case
        when position(':' in message) > 0 then substring(message from 1 for position(':' in message) - 1)
        else message end from 1 for 80)
    where action = 'AWS_ERROR' and message is not null and position(' with ' in message) = 0;
