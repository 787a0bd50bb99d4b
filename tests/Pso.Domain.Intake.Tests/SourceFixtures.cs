namespace Pso.Domain.Intake.Tests;

/// <summary>Small files in the shapes of each source, with the traps real exports have.</summary>
internal static class SourceFixtures
{
    /// <summary>Toggl: a byte-order mark, tags in one quoted cell, a zero-length entry, and two overlapping entries of
    /// one person.</summary>
    internal const string Toggl =
        "\uFEFFUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End "
        + "time,Duration,Tags,Amount (EUR)\n"
        + "Mira "
        + "Holt,mira@example.org,Acme,Website,Design,\"\",No,2026-03-02,09:00:00,2026-03-02,09:00:00,00:00:00,\"Des"
        + "ign, UX\",\n"
        + "Mira "
        + "Holt,mira@example.org,Acme,Website,Design,Wireframes,Yes,2026-03-02,09:00:00,2026-03-02,10:30:00,01:30:0"
        + "0,,120.00\n"
        + "Mira Holt,mira@example.org,Acme,Website,Build,\"Header, "
        + "footer\",Yes,2026-03-02,10:00:00,2026-03-02,11:00:00,01:00:00,,80.00\n"
        + "Omar Reyes,omar@example.org,,Intranet,,Night deploy,No,2026-03-02,23:30:00,2026-03-03,00:45:00,01:15:00,,\n";

    /// <summary>Clockify: US dates, twelve-hour times with and without seconds, an impossible date, and a row shorter
    /// than the header.</summary>
    internal const string Clockify =
        "\"Project\",\"Client\",\"Description\",\"Task\",\"User\",\"Group\",\"Email\",\"Tags\",\"Billable\",\"Start "
        + "Date\",\"Start Time\",\"End Date\",\"End Time\",\"Duration (h)\",\"Duration (decimal)\"\n"
        + "\"Website\",\"Acme\",\"Copy\",\"Content\",\"Mira "
        + "Holt\",\"\",\"mira@example.org\",\"\",\"Yes\",\"03/14/2026\",\"1:00 PM\",\"03/14/2026\",\"3:30:00 "
        + "PM\",\"02:30:00\",\"2.50\"\n"
        + "\"Website\",\"Acme\",\"Copy\",\"Content\",\"Mira "
        + "Holt\",\"\",\"mira@example.org\",\"\",\"Yes\",\"13/15/2026\",\"1:00 PM\",\"13/15/2026\",\"2:00 "
        + "PM\",\"01:00:00\",\"1.00\"\n"
        + "\"Website\",\"Acme\",\"Copy\",\"Content\",\"Mira "
        + "Holt\",\"\",\"mira@example.org\",\"\",\"Yes\",\"03/16/2026\",\"10:15 AM\",\"03/16/2026\",\"11:45 AM\"\n";

    /// <summary>Clockify's semicolon form: a decimal comma and two date forms in one file.</summary>
    internal const string ClockifySemicolon =
        "Project;Client;Description;Task;User;Group;Email;Tags;Billable;Start Date;Start Time;End Date;End "
        + "Time;Duration (h);Duration (decimal)\n"
        + "Accounts;;;General;Lea Park;Ops;lea@example.org;;No;7/28/26;1:00 PM;7/28/26;4:30 PM;3:30;3,5\n"
        + "Accounts;;;General;Lea Park;Ops;lea@example.org;;No;2026-07-29;13:00;2026-07-29;15:00;;2,0\n";

    /// <summary>Harvest: first and last names, hours and amounts in a German locale.</summary>
    internal const string Harvest =
        "Date,Client,Project,Project Code,Task,Notes,Hours,Billable?,Invoiced?,Approved?,First Name,Last "
        + "Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL\n"
        + "2026-04-01,Acme,Website,W1,Design,\"\",\"6,5\",Yes,No,No,Mira,Holt,,Yes,\"100,0\",\"650,0\",\"0,0\",\"0,0"
        + "\",Euro - EUR,\n"
        + "2026-04-01,Acme,Website,W1,Build,Long "
        + "day,\"1,500\",Yes,No,No,Omar,Reyes,,Yes,\"100,0\",\"2.000,0\",\"0,0\",\"0,0\",Euro - EUR,\n";

    /// <summary>Kimai: semicolons with a trailing one, durations in seconds.</summary>
    internal const string Kimai =
        "Date;From;To;Duration;Rate;User;Email;Customer;Project;Activity;Description;Exported;Tags;HourlyRate;FixedRa"
        + "te;InternalRate;\n"
        + "2026-05-04;08:00;10:00;7200;90.00;Lea Park;lea@example.org;Acme;Website;Testing;regression "
        + "run;0;qa,web;45.0;0;20.0;\n"
        + "2026-05-04;10:30;12:00;5400;67.50;Lea Park;lea@example.org;Acme;Website;Testing;\"notes\nover two "
        + "lines\";1;;45.0;0;20.0;\n";

    /// <summary>Jira: repeated columns (labels, links), English month names, status categories.</summary>
    internal const string Jira =
        "Summary,Issue key,Issue id,Issue Type,Status,Project "
        + "key,Assignee,Created,Updated,Resolved,Labels,Labels,Time Spent,Remaining Estimate,Inward issue link "
        + "(Blocks),Inward issue link (Blocks),Outward issue link (Blocks),Status Category\n"
        + "Design the schema,WEB-1,10001,Task,Done,WEB,Mira Holt,02/Mar/26 9:00 AM,06/Mar/26 4:15 PM,06/Mar/26 4:15 "
        + "PM,db,design,36000,0,,,WEB-2,Done\n"
        + "Build the API,WEB-2,10002,Task,In Progress,WEB,Omar Reyes,02/Mar/26 9:05 AM,12/Mar/26 11:00 "
        + "AM,,api,,10800,32400,WEB-1,,WEB-3,In Progress\n"
        + "\"Write the docs, with examples\",WEB-3,10003,Task,To Do,WEB,,02/Mar/26 9:10 AM,02/Mar/26 9:10 "
        + "AM,,,,,,WEB-2,WEB-1,,To Do\n"
        + ",,,,,,,,,,,,,,,,,\n"
        + ",,,,,,,,,,,,,,,,,\n";

    /// <summary>TickTick: a preamble with a multi-line cell, every field quoted, non-numeric ids and an invalid
    /// priority.</summary>
    internal const string TickTick =
        "\"Date: 2026-03-20+0000\"\n\"Version: 7.1\"\n\"Status: \n0 Normal\n1 Completed\n2 Archived\"\n"
        + "\"Folder Name\",\"List Name\",\"Title\",\"Kind\",\"Tags\",\"Content\",\"Is Check list\",\"Start "
        + "Date\",\"Due Date\",\"Reminder\",\"Repeat\",\"Priority\",\"Status\",\"Created Time\",\"Completed "
        + "Time\",\"Order\",\"Timezone\",\"Is All Day\",\"Is Floating\",\"Column Name\",\"Column Order\",\"View "
        + "Mode\",\"taskId\",\"parentId\"\n"
        + "\"Work\",\"Launch\",\"Book the "
        + "venue\",\"TEXT\",\"\",\"call\nthem\",\"N\",\"2026-03-01T09:00:00+0000\",\"\",\"\",\"\",\"3\",\"2\",\"202"
        + "6-02-20T10:00:00+0000\",\"2026-03-02T15:30:00+0000\",\"-1099511627776\",\"Europe/Berlin\",\"false\","
        + "\"false\",\"\",\"\",\"list\",\"t1\",\"\"\n"
        + "\"Work\",\"Launch\",\"Send "
        + "invitations\",\"TEXT\",\"\",\"\",\"N\",\"\",\"\",\"\",\"\",\"p1\",\"0\",\"2026-02-21 "
        + "08:00:00\",\"\",\"5\",\"Europe/Berlin\",\"false\",\"false\",\"\",\"\",\"list\",\"t2\",\"t1\"\n";

    /// <summary>Asana: a task id a spreadsheet turned into a number, and dependencies.</summary>
    internal const string Asana =
        "Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Assignee Email,Start Date,Due "
        + "Date,Tags,Notes,Projects,Parent task,Blocked By (Dependencies)\n"
        + "1200000000000001,2026-03-01,2026-03-05,2026-03-05,Pick a venue,Doing,Mira "
        + "Holt,mira@example.org,2026-03-02,2026-03-06,,,Launch,,\n"
        + "1200000000000002,2026-03-01,,2026-03-06,Print badges,To do,,,,,,,Launch,,1200000000000001\n"
        + "7.18656E+14,3/1/26,,3/2/26,Old row,,,,,,,,Launch,,\n";

    /// <summary>Wave: double entry, one row per account of each transaction; a header cell that is a single
    /// space.</summary>
    internal const string Wave =
        "Transaction ID,Transaction Date,Account Name,Transaction Description,Transaction Line Description,Amount "
        + "(One column), ,Debit Amount (Two Column Approach),Credit Amount (Two Column Approach),Other Accounts for "
        + "this Transaction,Customer,Vendor,Invoice Number,Bill Number,Notes / Memo,Amount Before Sales Tax,Sales Tax "
        + "Amount,Sales Tax Name,Transaction Date Added,Transaction Date Last Modified,Account Group,Account "
        + "Type,Account ID\n"
        + "9001,2026-02-10,Cash on Hand,Laptop,Laptop,-1450.00,,,1450.00,Computer – "
        + "Hardware,,TechShop,,B-77,,-1450.00,,,2026-02-10,2026-02-10,Asset,Cash and Bank,\n"
        + "9001,2026-02-10,Computer – Hardware,Laptop,Laptop,1450.00,,1450.00,,Cash on "
        + "Hand,,TechShop,,B-77,,1450.00,,,2026-02-10,2026-02-10,Expense,Operating Expense,\n";

    /// <summary>Invoice Ninja v4: a three-line preamble before the header.</summary>
    internal const string InvoiceNinja =
        "\"Invoice Ninja v4.5.23 - March 1, 2026 7:01 am\",,,,\n,,,,\nExpenses,,,,\n"
        + "Client,Project,Notes,Amount,Date\n"
        + "Acme,Website,Stock photos for :MONTH+1,49.90,2026-03-01\n"
        + "Acme,Website,\"Fonts, two families\",120.00,2026-03-02\n";

    /// <summary>FreshBooks: one row per line item, zero-padded invoice numbers, eight-decimal quantities.</summary>
    internal const string FreshBooks =
        "Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Item Description,Rate,Quantity,Discount "
        + "Percentage,Line Subtotal,Tax 1 Type,Tax 1 Amount,Tax 2 Type,Tax 2 Amount,Line Total,Currency\n"
        + "Acme,0000042,2026-03-31,sent,,Design,Wireframes,95.00,10.00000000,0.0000,950.00,VAT,190.00,,0.00,1140.00,E"
        + "UR\n"
        + "Acme,0000042,2026-03-31,sent,,Build,Front end,85.00,20.00000000,10.0000,1530.00,,0.00,,0.00,1530.00,EUR\n";

    /// <summary>Invoice2go: items and taxes embedded in cells as small tables, a byte-order mark.</summary>
    internal const string Invoice2go =
        "\uFEFFId,DocumentDate,DocumentNumber,Name,DocumentStatus,DatePaid,Taxes,Items,CurrencyCode,TotalAmount,Disco"
        + "untAmount,SubtotalAmount,TotalTaxAmount,ShipAmount\n"
        + "a1,2026-03-15,17,Acme,unsent,,\"name,rates;VAT,\"\"is_default,value;true,10\"\"\",\"code,description,qty,u"
        + "nit_type,applied_taxes,unit_price;,Site "
        + "survey,2,hours,\"\"rate,tax_id;10,x\"\",60;,Report,1,items,\"\"rate,tax_id;10,x\"\",30\",USD,165,0,1"
        + "50,\"sub_total,total,rate,tax_id;150,15,10,x\",0\n";

    /// <summary>Invoicely: English month names and a thousands separator inside quotes.</summary>
    internal const string Invoicely =
        "\"Date\",\"Due\",\"Details\",\"Client\",\"Status\",\"Total\"\n"
        + "\"Mar 28 2026\",\"Apr 27 2026\",\"INV-7\",\"Acme\",\"Due\",\"1,020.00\"\n";

    /// <summary>Our invoice schema: one invoice whose lines add up, one whose lines do not, and a number used
    /// twice.</summary>
    internal const string PsoInvoices =
        "vendor,number,issued,currency,total,line,description,quantity,unit_price,tax,commitment,commitment_line,stat"
        + "us\n"
        + "Northwind,N-1,2026-03-01,EUR,1210,1,Cabling,10,100,210,PO-1,1,approved\n"
        + "Northwind,N-1,2026-03-01,EUR,1210,2,Labour,1,0,,PO-1,2,approved\n"
        + "Northwind,N-2,2026-03-02,EUR,500,1,Switches,2,200,,,,draft\n"
        + "Contoso,C-9,2026-03-03,USD,300,1,Licences,3,100,,PO-2,1,paid\n"
        + "Contoso,C-9,2026-03-09,USD,300,1,Licences,3,100,,PO-2,1,paid\n";

    /// <summary>Our commitment schema: two lines of one order, and a row that disagrees with its order.</summary>
    internal const string PsoCommitments =
        "id,vendor,date,project,currency,line,description,quantity,unit_price,account\n"
        + "PO-1,Northwind,2026-02-01,WEB,EUR,1,Cabling,10,100,1.1\n"
        + "PO-1,Northwind,2026-02-01,WEB,EUR,2,Labour,8,50,1.2\n"
        + "PO-1,Fabrikam,2026-02-01,WEB,EUR,3,Extra,1,10,1.2\n";

    /// <summary>Our expense schema: one without a cost account.</summary>
    internal const string PsoExpenses =
        "id,date,amount,currency,category,project,account,activity,vendor,receipt\n"
        + "E1,2026-03-02,49.90,EUR,software,WEB,1.3,WEB-1,Fontshop,R-1\n"
        + "E2,2026-03-03,12.50,EUR,travel,WEB,,,Metro,\n";

    /// <summary>Our task-report schema: progress over two days, one going backwards, one finishing before it
    /// starts.</summary>
    internal const string PsoTaskReports =
        "activity,project,reported,actual_start,actual_finish,percent_complete,remaining_hours,predecessors\n"
        + "A1,WEB,2026-03-02,2026-03-02T08:00:00,,40,12,\n"
        + "A1,WEB,2026-03-03,2026-03-02T08:00:00,,30,14,\n"
        + "A2,WEB,2026-03-03,2026-03-03T08:00:00,2026-03-02T17:00:00,100,0,A1\n"
        + "A3,WEB,2026-03-03,2026-03-02T08:00:00,2026-03-03T12:00:00,100,0,\"A1,A2\"\n";

    /// <summary>Jira with work logs: the Log Work column repeated, a comment with a semicolon, an issue without
    /// logs.</summary>
    internal const string JiraWorkLogs =
        "Summary,Issue key,Issue id,Project key,Status,Log Work,Log Work,Log Work\n"
        + "Design the schema,WEB-1,10001,WEB,Done,first pass;02/Mar/26 9:00 AM;acc-mira;7200,review; notes;03/Mar/26 "
        + "2:00 PM;acc-mira;1800,\n"
        + "Build the API,WEB-2,10002,WEB,In Progress,;02/Mar/26 10:00 AM;acc-omar;14400,;02/Mar/26 1:00 "
        + "PM;acc-omar;3600,;02/Mar/26 1:30 PM;acc-omar;3600\n"
        + "Write the docs,WEB-3,10003,WEB,To Do,,,\n";

    /// <summary>Zoho Invoice: one row per line item, the invoice's total repeated, an amount discount, item
    /// tax.</summary>
    internal const string Zoho =
        "Invoice Date,Invoice ID,Invoice Number,Invoice Status,Customer Name,Due Date,Currency Code,Item Name,Item "
        + "Desc,Quantity,Item Price,Discount Amount,Item Tax Amount,Total,Balance\n"
        + "2026-03-20,4000001,INV-000017,Sent,Acme,2026-04-19,EUR,Consulting,Architecture "
        + "review,8,120.00,60.00,0,1780.00,1780.00\n"
        + "2026-03-20,4000001,INV-000017,Sent,Acme,2026-04-19,EUR,Licence,\"Editor, one "
        + "seat\",1,800.00,0,80.00,1780.00,1780.00\n";
}
