-- Role names of the projects and installations contexts (installation_engineer) are longer than 20 characters.
alter table account alter column role set data type varchar(40);
