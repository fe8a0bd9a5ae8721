-- Usernames are stored in the one form the login looks them up and counts them by: lower case (ASCII only).
update app_user set username = lower(username) where username <> lower(username);
