<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/error_words.cpp" line="38"/>
        <source>Enter a valid mainland mobile number (11 digits starting with 1).</source>
        <translation>Enter a valid mainland mobile number (11 digits starting with 1).</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="39"/>
        <source>Enter a valid e-mail address.</source>
        <translation>Enter a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="41"/>
        <source>Enter a valid ID number (an 18-digit resident ID needs its correct check digit).</source>
        <translation>Enter a valid ID number (an 18-digit resident ID needs its correct check digit).</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="42"/>
        <source>Enter a real date in the past (YYYY-MM-DD).</source>
        <translation>Enter a real date in the past (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="44"/>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="44"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="45"/>
        <source>The address is too long (at most 500 characters).</source>
        <translation>The address is too long (at most 500 characters).</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="51"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="52"/>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="53"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="54"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="55"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="56"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="57"/>
        <source>Who proposes it</source>
        <translation>Who proposes it</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="58"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="59"/>
        <location filename="../src/api/error_words.cpp" line="96"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="60"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="61"/>
        <source>How the client gave it</source>
        <translation>How the client gave it</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="62"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="65"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="66"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="67"/>
        <source>Confirmed at</source>
        <translation>Confirmed at</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="68"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="69"/>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="70"/>
        <source>Opening date</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="72"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="73"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="74"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="75"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="76"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="77"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="78"/>
        <source>Years of investing</source>
        <translation>Years of investing</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="79"/>
        <source>Years of relevant work</source>
        <translation>Years of relevant work</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="80"/>
        <source>File fingerprint</source>
        <translation>File fingerprint</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="81"/>
        <source>Minimum investment</source>
        <translation>Minimum investment</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="82"/>
        <source>Net assets</source>
        <translation>Net assets</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="83"/>
        <source>Financial assets</source>
        <translation>Financial assets</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="84"/>
        <source>Average income (3 years)</source>
        <translation>Average income (3 years)</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="85"/>
        <source>Assets from</source>
        <translation>Assets from</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="86"/>
        <source>Assets up to</source>
        <translation>Assets up to</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="87"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="88"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="89"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="90"/>
        <source>Related client</source>
        <translation>Related client</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="91"/>
        <source>Related person</source>
        <translation>Related person</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="92"/>
        <source>New account manager</source>
        <translation>New account manager</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="93"/>
        <source>Current account manager</source>
        <translation>Current account manager</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="94"/>
        <source>Stand-in</source>
        <translation>Stand-in</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="95"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="97"/>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="98"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="99"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="100"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="101"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="102"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="103"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="104"/>
        <source>Field %1</source>
        <translation>Field %1</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="112"/>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="228"/>
        <source>The client has not agreed to marketing on this channel. Record their consent first, or send a service notice.</source>
        <translation>The client has not agreed to marketing on this channel. Record their consent first, or send a service notice.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="231"/>
        <source>The client has no phone number or e-mail address for this channel.</source>
        <translation>The client has no phone number or e-mail address for this channel.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="232"/>
        <source>The message&apos;s status does not allow this any more.</source>
        <translation>The message&apos;s status does not allow this any more.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="233"/>
        <source>This report has already been filed or dismissed.</source>
        <translation>This report has already been filed or dismissed.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="234"/>
        <source>The system&apos;s certificate is not accepted (unknown, revoked or expired).</source>
        <translation>The system&apos;s certificate is not accepted (unknown, revoked or expired).</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="235"/>
        <source>This case has already been confirmed or cleared.</source>
        <translation>This case has already been confirmed or cleared.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="258"/>
        <source>The request was refused by a business rule.</source>
        <translation>The request was refused by a business rule.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="148"/>
        <source>at least %1 of: lower-case letters, upper-case letters, digits, symbols</source>
        <translation>at least %1 of: lower-case letters, upper-case letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="149"/>
        <source>must not contain the user name</source>
        <translation>must not contain the user name</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="150"/>
        <source>different from your last %1 passwords</source>
        <translation>different from your last %1 passwords</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="111"/>
        <source>too long (at most %1 characters)</source>
        <translation>too long (at most %1 characters)</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="110"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="113"/>
        <source>at most %1 at a time</source>
        <translation>at most %1 at a time</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="116"/>
        <source>must be in the future</source>
        <translation>must be in the future</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="117"/>
        <source>cannot be in the future</source>
        <translation>cannot be in the future</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/error_words.cpp" line="118"/>
        <source>at most %n day(s) ahead</source>
        <translation>
            <numerusform>at most %n day ahead</numerusform>
            <numerusform>at most %n days ahead</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="119"/>
        <source>must come after the start of the range</source>
        <translation>must come after the start of the range</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="120"/>
        <source>must be more than zero</source>
        <translation>must be more than zero</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="122"/>
        <source>must be more than zero and at most 10 trillion yuan</source>
        <translation>must be more than zero and at most 10 trillion yuan</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="123"/>
        <source>must not be negative and at most 10 trillion yuan</source>
        <translation>must not be negative and at most 10 trillion yuan</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="124"/>
        <source>would take the client&apos;s holding of this product above 10 trillion yuan</source>
        <translation>would take the client&apos;s holding of this product above 10 trillion yuan</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="115"/>
        <source>not a valid date</source>
        <translation>not a valid date</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="145"/>
        <source>answer every question</source>
        <translation>answer every question</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="146"/>
        <source>attach the client&apos;s signed written request</source>
        <translation>attach the client&apos;s signed written request</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="128"/>
        <source>must be 6 to 20 digits</source>
        <translation>must be 6 to 20 digits</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="129"/>
        <source>this account is already linked to a client</source>
        <translation>this account is already linked to a client</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="130"/>
        <source>choose a client or type a person&apos;s name (one of the two)</source>
        <translation>choose a client or type a person&apos;s name (one of the two)</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="131"/>
        <source>no such client in your book</source>
        <translation>no such client in your book</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="132"/>
        <source>cannot be the client itself</source>
        <translation>cannot be the client itself</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="133"/>
        <source>must be an active account manager</source>
        <translation>must be an active account manager</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="134"/>
        <source>must be another active account manager than the client&apos;s own</source>
        <translation>must be another active account manager than the client&apos;s own</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="135"/>
        <source>is outside your team or branch</source>
        <translation>is outside your team or branch</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="136"/>
        <source>must differ from the current account manager</source>
        <translation>must differ from the current account manager</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/error_words.cpp" line="138"/>
        <source>%n of these clients are not this manager&apos;s (or not in your scope); nothing was transferred</source>
        <translation>
            <numerusform>%n of these clients are not this manager&apos;s (or not in your scope); nothing was transferred</numerusform>
            <numerusform>%n of these clients are not this manager&apos;s (or not in your scope); nothing was transferred</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="140"/>
        <source>say how the client gave or withdrew it</source>
        <translation>say how the client gave or withdrew it</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="141"/>
        <source>marketing consent is given per channel</source>
        <translation>marketing consent is given per channel</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="142"/>
        <source>data sharing covers all channels</source>
        <translation>data sharing covers all channels</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="143"/>
        <source>tags are 1 to 60 characters</source>
        <translation>tags are 1 to 60 characters</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="144"/>
        <source>name a tag to add or remove</source>
        <translation>name a tag to add or remove</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="114"/>
        <source>choose one of the values offered</source>
        <translation>choose one of the values offered</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="125"/>
        <source>not a valid mainland mobile number (11 digits starting with 1)</source>
        <translation>not a valid mainland mobile number (11 digits starting with 1)</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="126"/>
        <source>not a valid e-mail address</source>
        <translation>not a valid e-mail address</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="127"/>
        <source>not a valid ID number</source>
        <translation>not a valid ID number</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="156"/>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="174"/>
        <source>This record already exists.</source>
        <translation>This record already exists.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="176"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/error_words.cpp" line="178"/>
        <source>Too many failed sign-ins. The account is locked; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. The account is locked; try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. The account is locked; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="180"/>
        <source>This account has been locked by an administrator.</source>
        <translation>This account has been locked by an administrator.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="183"/>
        <location filename="../src/api/error_words.cpp" line="253"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="184"/>
        <source>Your password has expired. Please choose a new one.</source>
        <translation>Your password has expired. Please choose a new one.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="171"/>
        <source>The new password does not meet the policy: %1.</source>
        <translation>The new password does not meet the policy: %1.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="171"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="165"/>
        <location filename="../src/api/error_words.cpp" line="257"/>
        <source>Some input is not valid.</source>
        <translation>Some input is not valid.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="166"/>
        <source>Please correct: %1.</source>
        <translation>Please correct: %1.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="175"/>
        <location filename="../src/api/error_words.cpp" line="254"/>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="173"/>
        <location filename="../src/api/error_words.cpp" line="255"/>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="188"/>
        <source>This request was already sent with different content, so it was not applied again. Close the form and start again.</source>
        <translation>This request was already sent with different content, so it was not applied again. Close the form and start again.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="186"/>
        <location filename="../src/api/error_words.cpp" line="256"/>
        <source>Someone else changed this at the same time. Reload and try again.</source>
        <translation>Someone else changed this at the same time. Reload and try again.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="197"/>
        <source>This account number is already linked to a client.</source>
        <translation>This account number is already linked to a client.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/error_words.cpp" line="200"/>
        <source>%n of these clients are not this manager&apos;s (or not in your scope); nothing was transferred.</source>
        <translation>
            <numerusform>%n of these clients are not this manager&apos;s (or not in your scope); nothing was transferred.</numerusform>
            <numerusform>%n of these clients are not this manager&apos;s (or not in your scope); nothing was transferred.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="204"/>
        <source>The questionnaire&apos;s score bands do not cover this score; ask compliance.</source>
        <translation>The questionnaire&apos;s score bands do not cover this score; ask compliance.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="205"/>
        <source>A product with this code is already in the catalogue.</source>
        <translation>A product with this code is already in the catalogue.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="207"/>
        <source>The file changed: its fingerprint (SHA-256) does not match. Nothing was recorded.</source>
        <translation>The file changed: its fingerprint (SHA-256) does not match. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="213"/>
        <source>The sale cannot be recorded yet. Still missing: %1.</source>
        <translation>The sale cannot be recorded yet. Still missing: %1.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="213"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="215"/>
        <source>This check refused the sale; no document can change that.</source>
        <translation>This check refused the sale; no document can change that.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="216"/>
        <source>The check is too old. Run the check again.</source>
        <translation>The check is too old. Run the check again.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="217"/>
        <source>A sale was already recorded on this check. Run a new check.</source>
        <translation>A sale was already recorded on this check. Run a new check.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="219"/>
        <source>The evidence does not meet the thresholds for a professional investor.</source>
        <translation>The evidence does not meet the thresholds for a professional investor.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="220"/>
        <source>Only a draft can be changed or activated. Create a new version instead.</source>
        <translation>Only a draft can be changed or activated. Create a new version instead.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="221"/>
        <source>You wrote or last changed this policy: a second person must activate it.</source>
        <translation>You wrote or last changed this policy: a second person must activate it.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="222"/>
        <source>No tier policy is active yet.</source>
        <translation>No tier policy is active yet.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="223"/>
        <source>A newer tier policy took over before the recompute finished. Run it again.</source>
        <translation>A newer tier policy took over before the recompute finished. Run it again.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="224"/>
        <source>These events are still within the retention period and must stay in the live trail.</source>
        <translation>These events are still within the retention period and must stay in the live trail.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="225"/>
        <source>Archive the older months first.</source>
        <translation>Archive the older months first.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="226"/>
        <source>The audit chain is broken. Investigate before archiving.</source>
        <translation>The audit chain is broken. Investigate before archiving.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="250"/>
        <source>Cannot reach the server. Check the server address and your network.</source>
        <translation>Cannot reach the server. Check the server address and your network.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="192"/>
        <location filename="../src/api/error_words.cpp" line="259"/>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>The server is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="191"/>
        <source>Something this refers to no longer exists. Reload and try again.</source>
        <translation>Something this refers to no longer exists. Reload and try again.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="193"/>
        <source>The server cannot reach its database. Please try again in a moment.</source>
        <translation>The server cannot reach its database. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="194"/>
        <location filename="../src/api/error_words.cpp" line="251"/>
        <source>The server took too long to answer. Please try again.</source>
        <translation>The server took too long to answer. Please try again.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="195"/>
        <location filename="../src/api/error_words.cpp" line="252"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="196"/>
        <location filename="../src/api/error_words.cpp" line="267"/>
        <source>Something went wrong on the server. Please try again or contact support.</source>
        <translation>Something went wrong on the server. Please try again or contact support.</translation>
    </message>
</context>
<context>
    <name>CustomerWords</name>
    <message>
        <location filename="../src/api/customer_words.cpp" line="8"/>
        <source>Securities account</source>
        <translation>Securities account</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="9"/>
        <source>Margin account</source>
        <translation>Margin account</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="10"/>
        <source>Futures account</source>
        <translation>Futures account</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="11"/>
        <source>Fund account</source>
        <translation>Fund account</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="12"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="17"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="18"/>
        <source>frozen</source>
        <translation>frozen</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="19"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="24"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="25"/>
        <source>Data sharing</source>
        <translation>Data sharing</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="30"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="31"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="32"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="33"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="34"/>
        <source>all channels</source>
        <translation>all channels</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="39"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="40"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="41"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="42"/>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="43"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="44"/>
        <source>Beneficial owner</source>
        <translation>Beneficial owner</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="46"/>
        <source>Entity this client controls</source>
        <translation>Entity this client controls</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="48"/>
        <source>Entity this client beneficially owns</source>
        <translation>Entity this client beneficially owns</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="49"/>
        <source>Related party</source>
        <translation>Related party</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="323"/>
        <source>  opened %1</source>
        <translation>  opened %1</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="331"/>
        <source>%1 by %2: %3 (%4)</source>
        <translation>%1 by %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="334"/>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="335"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="342"/>
        <source>a client outside your book</source>
        <translation>a client outside your book</translation>
    </message>
</context>
<context>
    <name>GrpcCrmApi</name>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="63"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Cannot read the CA certificate file %1.</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api_compliance.cpp" line="124"/>
        <location filename="../src/api/grpc_crm_api_compliance.cpp" line="162"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../src/api/display_formats.cpp" line="15"/>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="13"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="14"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="17"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="18"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="19"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="7"/>
        <source>Suitable: the sale may proceed</source>
        <translation>Suitable: the sale may proceed</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="9"/>
        <source>Not suitable: only at the client&apos;s own request, with a signed risk warning</source>
        <translation>Not suitable: only at the client&apos;s own request, with a signed risk warning</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="12"/>
        <source>Refused: this product may not be sold to this client</source>
        <translation>Refused: this product may not be sold to this client</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="18"/>
        <source>The product&apos;s risk is above the client&apos;s risk tolerance.</source>
        <translation>The product&apos;s risk is above the client&apos;s risk tolerance.</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="20"/>
        <source>The client is in the lowest category (cannot accept any loss): only R1 products.</source>
        <translation>The client is in the lowest category (cannot accept any loss): only R1 products.</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="23"/>
        <source>The client has no risk assessment yet.</source>
        <translation>The client has no risk assessment yet.</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="25"/>
        <source>The client&apos;s risk assessment has expired.</source>
        <translation>The client&apos;s risk assessment has expired.</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="27"/>
        <source>The firm never recommends a product above the client&apos;s level.</source>
        <translation>The firm never recommends a product above the client&apos;s level.</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="29"/>
        <source>A campaign may not offer a product above the client&apos;s level.</source>
        <translation>A campaign may not offer a product above the client&apos;s level.</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="31"/>
        <source>R4/R5 to an ordinary investor: special care (extra disclosure, cooling-off or return visit).</source>
        <translation>R4/R5 to an ordinary investor: special care (extra disclosure, cooling-off or return visit).</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="34"/>
        <source>The risk warning must be audio/video recorded (dual recording).</source>
        <translation>The risk warning must be audio/video recorded (dual recording).</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="37"/>
        <source>The client must confirm the risk warning electronically.</source>
        <translation>The client must confirm the risk warning electronically.</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="42"/>
        <source>a current risk assessment</source>
        <translation>a current risk assessment</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="44"/>
        <source>the signed special risk warning</source>
        <translation>the signed special risk warning</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="45"/>
        <source>the dual recording</source>
        <translation>the dual recording</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="47"/>
        <source>the client&apos;s electronic confirmation</source>
        <translation>the client&apos;s electronic confirmation</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="52"/>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="53"/>
        <source>C1 (lowest category)</source>
        <translation>C1 (lowest category)</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="59"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="59"/>
        <source>medium-low</source>
        <translation>medium-low</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="60"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="60"/>
        <source>medium-high</source>
        <translation>medium-high</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="61"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="67"/>
        <source>Professional investor</source>
        <translation>Professional investor</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="68"/>
        <source>Ordinary investor</source>
        <translation>Ordinary investor</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="72"/>
        <source>We recommend it</source>
        <translation>We recommend it</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="73"/>
        <source>Marketing campaign</source>
        <translation>Marketing campaign</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="74"/>
        <source>The client asks for it</source>
        <translation>The client asks for it</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AddAccountDialog</name>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="20"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="20"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="26"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="28"/>
        <source>6 to 20 digits</source>
        <translation>6 to 20 digits</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="29"/>
        <source>Account number:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="34"/>
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="35"/>
        <source>The number is stored encrypted and shown masked (first 6 and last 4 digits).</source>
        <translation>The number is stored encrypted and shown masked (first 6 and last 4 digits).</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AddRelationDialog</name>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="45"/>
        <source>Add household member or related party</source>
        <translation>Add household member or related party</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="45"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="54"/>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="59"/>
        <source>A client</source>
        <translation>A client</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="61"/>
        <source>A person who is not a client</source>
        <translation>A person who is not a client</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="70"/>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="77"/>
        <source>Search by name or its pinyin, or an exact ID number or mobile number</source>
        <translation>Search by name or its pinyin, or an exact ID number or mobile number</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="80"/>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="101"/>
        <source>Type to search your clients</source>
        <translation>Type to search your clients</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="88"/>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="91"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="118"/>
        <source>Choose the client</source>
        <translation>Choose the client</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="125"/>
        <source>No client in your book matches</source>
        <translation>No client in your book matches</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="133"/>
        <source>Search for the client and choose them from the list.</source>
        <translation>Search for the client and choose them from the list.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AmlPage</name>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="18"/>
        <source>Cash, CNY 50,000</source>
        <translation>Cash, CNY 50,000</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="19"/>
        <source>Cash, USD 10,000</source>
        <translation>Cash, USD 10,000</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="20"/>
        <source>Institution transfer, CNY 2,000,000</source>
        <translation>Institution transfer, CNY 2,000,000</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="21"/>
        <source>Institution transfer, USD 200,000</source>
        <translation>Institution transfer, USD 200,000</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="22"/>
        <source>Individual domestic transfer, CNY 500,000</source>
        <translation>Individual domestic transfer, CNY 500,000</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="23"/>
        <source>Individual domestic transfer, USD 100,000</source>
        <translation>Individual domestic transfer, USD 100,000</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="24"/>
        <source>Cross-border, natural person, CNY 200,000</source>
        <translation>Cross-border, natural person, CNY 200,000</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="25"/>
        <source>Cross-border, natural person, USD 10,000</source>
        <translation>Cross-border, natural person, USD 10,000</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="30"/>
        <location filename="../src/gui/compliance/aml_page.cpp" line="45"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="31"/>
        <location filename="../src/gui/compliance/aml_page.cpp" line="47"/>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="32"/>
        <location filename="../src/gui/compliance/aml_page.cpp" line="48"/>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="39"/>
        <source>Large-value reports</source>
        <translation>Large-value reports</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="46"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="49"/>
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="50"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="52"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="58"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="65"/>
        <source>Raised when a client&apos;s cash or transfers of one day reach a threshold (inflows and outflows apart); due within 5 working days. Overdue reports are in red; a due date marked * is estimated because no working-day calendar was loaded for its year.</source>
        <translation>Raised when a client&apos;s cash or transfers of one day reach a threshold (inflows and outflows apart); due within 5 working days. Overdue reports are in red; a due date marked * is estimated because no working-day calendar was loaded for its year.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="77"/>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="77"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="94"/>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="98"/>
        <source>Filing reference, or why it is dismissed</source>
        <translation>Filing reference, or why it is dismissed</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="100"/>
        <source>Mark filed</source>
        <translation>Mark filed</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="102"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="160"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="160"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="172"/>
        <source>Estimated: no working-day calendar was loaded for this year</source>
        <translation>Estimated: no working-day calendar was loaded for this year</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="178"/>
        <location filename="../src/gui/compliance/aml_page.cpp" line="236"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/aml_page.cpp" line="200"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/aml_page.cpp" line="202"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="254"/>
        <source>%1: %2 flow(s) on %3 totalling %4 %5. Flows: %6.</source>
        <translation>%1: %2 flow(s) on %3 totalling %4 %5. Flows: %6.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="258"/>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="286"/>
        <source>Marked filed.</source>
        <translation>Marked filed.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="286"/>
        <source>Dismissed.</source>
        <translation>Dismissed.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ArchiveDialog</name>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="79"/>
        <source>Archive %1</source>
        <translation>Archive %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="79"/>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="80"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="80"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="84"/>
        <source>e.g. account closed, duplicate record (recorded)</source>
        <translation>e.g. account closed, duplicate record (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="85"/>
        <source>e.g. the client came back (recorded)</source>
        <translation>e.g. the client came back (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="86"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="87"/>
        <source>An archived client leaves the lists but keeps every record; tick &quot;Show archived&quot; in the client list to find and restore them.</source>
        <translation>An archived client leaves the lists but keeps every record; tick &quot;Show archived&quot; in the client list to find and restore them.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="89"/>
        <source>The client returns to the lists of whoever serves them.</source>
        <translation>The client returns to the lists of whoever serves them.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AuditEventModel</name>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="17"/>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="18"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="23"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="24"/>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="25"/>
        <source>Branch manager</source>
        <translation>Branch manager</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="26"/>
        <source>Compliance officer</source>
        <translation>Compliance officer</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="27"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="28"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="29"/>
        <source>Admin command line</source>
        <translation>Admin command line</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="42"/>
        <source>Viewed client</source>
        <translation>Viewed client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="43"/>
        <source>Listed clients</source>
        <translation>Listed clients</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="44"/>
        <source>Searched clients</source>
        <translation>Searched clients</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="45"/>
        <source>Created client</source>
        <translation>Created client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="46"/>
        <source>Changed client</source>
        <translation>Changed client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="47"/>
        <source>Revealed a number</source>
        <translation>Revealed a number</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="48"/>
        <source>Archived client</source>
        <translation>Archived client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="49"/>
        <source>Restored client</source>
        <translation>Restored client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="50"/>
        <source>Transferred clients</source>
        <translation>Transferred clients</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="51"/>
        <source>Delegated a client</source>
        <translation>Delegated a client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="52"/>
        <source>Changed a consent</source>
        <translation>Changed a consent</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="53"/>
        <source>Linked an account</source>
        <translation>Linked an account</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="54"/>
        <source>Added a related party</source>
        <translation>Added a related party</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="55"/>
        <source>Changed tags</source>
        <translation>Changed tags</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="56"/>
        <source>Imported clients</source>
        <translation>Imported clients</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="57"/>
        <source>Recorded a contact</source>
        <translation>Recorded a contact</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="58"/>
        <source>Corrected a contact</source>
        <translation>Corrected a contact</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="59"/>
        <source>Read contacts</source>
        <translation>Read contacts</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="60"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="61"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="62"/>
        <source>Sign-in while locked</source>
        <translation>Sign-in while locked</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="63"/>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="64"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="65"/>
        <source>Session expired</source>
        <translation>Session expired</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="66"/>
        <source>Changed password</source>
        <translation>Changed password</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="67"/>
        <source>Refused: no permission</source>
        <translation>Refused: no permission</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="68"/>
        <source>Read the audit trail</source>
        <translation>Read the audit trail</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="69"/>
        <source>Opened an audit event</source>
        <translation>Opened an audit event</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="70"/>
        <source>Verified the audit chain</source>
        <translation>Verified the audit chain</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="71"/>
        <source>Exported audit events</source>
        <translation>Exported audit events</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="72"/>
        <source>Archived audit events</source>
        <translation>Archived audit events</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="73"/>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="74"/>
        <source>Investor classification</source>
        <translation>Investor classification</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="75"/>
        <source>Suitability check</source>
        <translation>Suitability check</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="76"/>
        <source>Signed risk warning</source>
        <translation>Signed risk warning</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="77"/>
        <source>Dual recording</source>
        <translation>Dual recording</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="78"/>
        <source>Recorded a sale</source>
        <translation>Recorded a sale</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="79"/>
        <source>Viewed suitability</source>
        <translation>Viewed suitability</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="80"/>
        <source>Listed suitability exceptions</source>
        <translation>Listed suitability exceptions</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="81"/>
        <source>Changed suitability settings</source>
        <translation>Changed suitability settings</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="82"/>
        <source>Published a questionnaire</source>
        <translation>Published a questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="83"/>
        <source>Created product</source>
        <translation>Created product</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="84"/>
        <source>Changed product</source>
        <translation>Changed product</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="85"/>
        <source>Viewed tier history</source>
        <translation>Viewed tier history</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="86"/>
        <source>Created tier policy</source>
        <translation>Created tier policy</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="87"/>
        <source>Changed tier policy</source>
        <translation>Changed tier policy</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="88"/>
        <source>Previewed tier policy</source>
        <translation>Previewed tier policy</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="89"/>
        <source>Activated tier policy</source>
        <translation>Activated tier policy</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="90"/>
        <source>Recompute requested</source>
        <translation>Recompute requested</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="91"/>
        <source>Recompute finished</source>
        <translation>Recompute finished</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="92"/>
        <source>Imported positions</source>
        <translation>Imported positions</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="93"/>
        <source>Added demo clients</source>
        <translation>Added demo clients</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="94"/>
        <source>Rotated data keys</source>
        <translation>Rotated data keys</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="95"/>
        <source>Created user</source>
        <translation>Created user</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="96"/>
        <source>Locked user</source>
        <translation>Locked user</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="97"/>
        <source>Unlocked user</source>
        <translation>Unlocked user</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="98"/>
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="99"/>
        <source>Changed a role</source>
        <translation>Changed a role</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="100"/>
        <source>Created branch</source>
        <translation>Created branch</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="101"/>
        <source>Created team</source>
        <translation>Created team</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="102"/>
        <source>Server restarted its database</source>
        <translation>Server restarted its database</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="140"/>
        <source>Seq.</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="141"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="142"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="143"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="144"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="145"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="146"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="147"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AuditTrailPage</name>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="28"/>
        <source>an event was altered</source>
        <translation>an event was altered</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="29"/>
        <source>events are missing</source>
        <translation>events are missing</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="30"/>
        <source>an event was inserted</source>
        <translation>an event was inserted</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="31"/>
        <source>events were reordered</source>
        <translation>events were reordered</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="32"/>
        <source>the end of the trail was cut off</source>
        <translation>the end of the trail was cut off</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="33"/>
        <source>a signed checkpoint is invalid</source>
        <translation>a signed checkpoint is invalid</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="50"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="61"/>
        <source>e.g. customer.reveal or auth.</source>
        <translation>e.g. customer.reveal or auth.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="64"/>
        <source>client name, or a record id</source>
        <translation>client name, or a record id</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="67"/>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="70"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="71"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="72"/>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="73"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="74"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="78"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="84"/>
        <source>Apply filter</source>
        <translation>Apply filter</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="86"/>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="88"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="90"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="92"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="113"/>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="115"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="157"/>
        <source>Select an event to see everything recorded with it.</source>
        <translation>Select an event to see everything recorded with it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="166"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="206"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="223"/>
        <source>No client matches &quot;%1&quot;.</source>
        <translation>No client matches &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="224"/>
        <source>%n clients match &quot;%1&quot;: type more of the name.</source>
        <translation>
            <numerusform>%n client matches &quot;%1&quot;: type more of the name.</numerusform>
            <numerusform>%n clients match &quot;%1&quot;: type more of the name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="250"/>
        <source>No user named &quot;%1&quot;.</source>
        <translation>No user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="264"/>
        <source>Event %1</source>
        <translation>Event %1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="265"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="266"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="267"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="268"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="269"/>
        <source>User id</source>
        <translation>User id</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="270"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="271"/>
        <source>Client address</source>
        <translation>Client address</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="272"/>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="273"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="274"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="275"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="276"/>
        <source>Previous hash</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="278"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="285"/>
        <source>Verifying the whole chain...</source>
        <translation>Verifying the whole chain...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="297"/>
        <source>Chain intact: %1 events and %2 signed checkpoints checked (sequence %3 to %4).</source>
        <translation>Chain intact: %1 events and %2 signed checkpoints checked (sequence %3 to %4).</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="305"/>
        <source>Chain broken at sequence %1: %2. %3</source>
        <translation>Chain broken at sequence %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="324"/>
        <source>Exporting audit events...</source>
        <translation>Exporting audit events...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="324"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="326"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="338"/>
        <source>Exported %1 of %2 events...</source>
        <translation>Exported %1 of %2 events...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="351"/>
        <source>Exported %1 events to %2.</source>
        <translation>Exported %1 events to %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="354"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ChangePasswordDialog</name>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="15"/>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="50"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="18"/>
        <source>Your password must be changed before you continue.</source>
        <translation>Your password must be changed before you continue.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="18"/>
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="21"/>
        <source>At least 10 characters, mixing three of: lower-case, upper-case, digits, symbols; not your user name; not one of your last 5 passwords.</source>
        <translation>At least 10 characters, mixing three of: lower-case, upper-case, digits, symbols; not your user name; not one of your last 5 passwords.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="34"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="35"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="36"/>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="51"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="51"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="66"/>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="67"/>
        <source>Enter a new password.</source>
        <translation>Enter a new password.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="68"/>
        <source>The two new passwords do not match.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ConsentDialog</name>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="143"/>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="143"/>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="143"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="150"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="152"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="156"/>
        <source>The client agrees</source>
        <translation>The client agrees</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="158"/>
        <source>The client withdraws</source>
        <translation>The client withdraws</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="166"/>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="169"/>
        <source>signed form</source>
        <translation>signed form</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="169"/>
        <source>recorded phone call</source>
        <translation>recorded phone call</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="169"/>
        <source>online confirmation</source>
        <translation>online confirmation</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="170"/>
        <source>in person at the branch</source>
        <translation>in person at the branch</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="171"/>
        <source>How the client said so:</source>
        <translation>How the client said so:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="172"/>
        <source>Marketing consent is given per channel; a withdrawal stops marketing on that channel at once.</source>
        <translation>Marketing consent is given per channel; a withdrawal stops marketing on that channel at once.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomerDetailDialog</name>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="33"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="66"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="72"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="73"/>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="74"/>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="75"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="76"/>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="77"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="78"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="79"/>
        <source>Occupation:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="80"/>
        <source>Employer:</source>
        <translation>Employer:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="81"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="82"/>
        <source>Account manager:</source>
        <translation>Account manager:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="90"/>
        <source>Edit tags...</source>
        <translation>Edit tags...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="96"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="106"/>
        <source>Why do you need to see it? (recorded)</source>
        <translation>Why do you need to see it? (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="107"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="144"/>
        <source>Add account...</source>
        <translation>Add account...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="146"/>
        <source>Add...</source>
        <translation>Add...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="148"/>
        <source>Record consent...</source>
        <translation>Record consent...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="150"/>
        <source>Withdraw...</source>
        <translation>Withdraw...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="161"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="162"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="164"/>
        <source>Holdings and AUM</source>
        <translation>Holdings and AUM</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="165"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="166"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="168"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="172"/>
        <source>Suitability</source>
        <translation>Suitability</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="175"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="175"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="175"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="175"/>
        <source>What decided it</source>
        <translation>What decided it</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="178"/>
        <source>Tier history</source>
        <translation>Tier history</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="200"/>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="206"/>
        <source>Stand-in...</source>
        <translation>Stand-in...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="208"/>
        <source>Let another account manager serve this client for a while</source>
        <translation>Let another account manager serve this client for a while</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="229"/>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="230"/>
        <source>average AUM (3 months)</source>
        <translation>average AUM (3 months)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="231"/>
        <source>commission (12 months)</source>
        <translation>commission (12 months)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="232"/>
        <source>trades (90 days)</source>
        <translation>trades (90 days)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="233"/>
        <source>days since the last trade</source>
        <translation>days since the last trade</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="234"/>
        <source>net cash flow (3 months)</source>
        <translation>net cash flow (3 months)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="236"/>
        <source>days since the last contact</source>
        <translation>days since the last contact</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="252"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="257"/>
        <source>%1 v%2%3</source>
        <translation>%1 v%2%3</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="257"/>
        <source> (recompute)</source>
        <translation> (recompute)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="257"/>
        <source> (new data)</source>
        <translation> (new data)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="308"/>
        <source>%1 (expired %2)</source>
        <translation>%1 (expired %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="309"/>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="311"/>
        <source>Tier %1 · Risk %2 · AUM %3 · %4</source>
        <translation>Tier %1 · Risk %2 · AUM %3 · %4</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="315"/>
        <source> · Archived</source>
        <translation> · Archived</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="317"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="318"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="319"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="320"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="332"/>
        <source>%1 (rule)</source>
        <translation>%1 (rule)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="337"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="364"/>
        <source>Restore...</source>
        <translation>Restore...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="364"/>
        <source>Archive...</source>
        <translation>Archive...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="365"/>
        <source>No linked accounts yet.</source>
        <translation>No linked accounts yet.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="366"/>
        <source>No consent recorded: the client receives no marketing.</source>
        <translation>No consent recorded: the client receives no marketing.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="367"/>
        <source>No household members or related parties recorded.</source>
        <translation>No household members or related parties recorded.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="374"/>
        <source>Reveal %1:</source>
        <translation>Reveal %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="375"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="376"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="377"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="378"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="387"/>
        <source>Say why you need to see it; the reason is recorded.</source>
        <translation>Say why you need to see it; the reason is recorded.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomerListModel</name>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="58"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="59"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="60"/>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="61"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="35"/>
        <source>C1 (lowest)</source>
        <translation>C1 (lowest)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="33"/>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="38"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="67"/>
        <source>Click to sort</source>
        <translation>Click to sort</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="67"/>
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="73"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="74"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="75"/>
        <source>AUM (yuan)</source>
        <translation>AUM (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="76"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="77"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="78"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="79"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="80"/>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomersPage</name>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="45"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="213"/>
        <source>No client in your book matches these filters. Clear them to see every client.</source>
        <translation>No client in your book matches these filters. Clear them to see every client.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="273"/>
        <source>Team clients</source>
        <translation>Team clients</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="274"/>
        <source>Branch clients</source>
        <translation>Branch clients</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="275"/>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="276"/>
        <source>My clients</source>
        <translation>My clients</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="134"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="33"/>
        <source>Search by name or its pinyin (wangwei, ww), the last 4 digits of a mobile, or a complete ID number or mobile number</source>
        <translation>Search by name or its pinyin (wangwei, ww), the last 4 digits of a mobile, or a complete ID number or mobile number</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="109"/>
        <source>New client...</source>
        <translation>New client...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="117"/>
        <source>Transfer clients...</source>
        <translation>Transfer clients...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="139"/>
        <source>Any tier</source>
        <translation>Any tier</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="140"/>
        <source>Tier A</source>
        <translation>Tier A</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="141"/>
        <source>Tier B</source>
        <translation>Tier B</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="142"/>
        <source>Tier C</source>
        <translation>Tier C</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="143"/>
        <source>Tier D</source>
        <translation>Tier D</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="144"/>
        <source>Any risk level</source>
        <translation>Any risk level</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="145"/>
        <source>C1 (lowest)</source>
        <translation>C1 (lowest)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="150"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="153"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="161"/>
        <source>Any account manager</source>
        <translation>Any account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="167"/>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="212"/>
        <source>There are no clients in your book yet.</source>
        <translation>There are no clients in your book yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/customers_page.cpp" line="218"/>
        <source>Many clients match; %n shown. Type more of the name or its pinyin.</source>
        <translation>
            <numerusform>Many clients match; %n shown. Type more of the name or its pinyin.</numerusform>
            <numerusform>Many clients match; %n shown. Type more of the name or its pinyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/customers_page.cpp" line="219"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="222"/>
        <source>No client in your book matches &quot;%1&quot;. Search by part of a name or its pinyin, the last 4 digits of a mobile, or a complete ID number or mobile number.</source>
        <translation>No client in your book matches &quot;%1&quot;. Search by part of a name or its pinyin, the last 4 digits of a mobile, or a complete ID number or mobile number.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="268"/>
        <source>%1 clients</source>
        <translation>%1 clients</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/customers_page.cpp" line="318"/>
        <source>%n client(s) transferred.</source>
        <translation>
            <numerusform>%n client transferred.</numerusform>
            <numerusform>%n clients transferred.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::desktop::DelegationDialog</name>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="38"/>
        <source>Stand-in for %1</source>
        <translation>Stand-in for %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="38"/>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="43"/>
        <source>Choose an account manager</source>
        <translation>Choose an account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="44"/>
        <source>Stand-in:</source>
        <translation>Stand-in:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="51"/>
        <source>Until (inclusive):</source>
        <translation>Until (inclusive):</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="52"/>
        <source>e.g. annual leave 1-14 March (recorded)</source>
        <translation>e.g. annual leave 1-14 March (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="53"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="54"/>
        <source>The stand-in may serve this client until the end of that day; then the access ends by itself.</source>
        <translation>The stand-in may serve this client until the end of that day; then the access ends by itself.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="69"/>
        <source>Choose who stands in.</source>
        <translation>Choose who stands in.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::EditCustomerDialog</name>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="20"/>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="28"/>
        <source>Someone else saved this client after you opened it. Reload the latest version; what you typed stays.</source>
        <translation>Someone else saved this client after you opened it. Reload the latest version; what you typed stays.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="31"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="40"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="41"/>
        <source>Occupation:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="42"/>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="43"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="44"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="64"/>
        <source>Masked fields stay as they are unless you type a new value.</source>
        <translation>Masked fields stay as they are unless you type a new value.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="74"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="75"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="95"/>
        <source>unchanged (%1)</source>
        <translation>unchanged (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="95"/>
        <source>not on record</source>
        <translation>not on record</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="144"/>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="173"/>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Please correct the fields marked in red. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="187"/>
        <source>Reloaded the latest version. Your changes are kept: check them and save again.</source>
        <translation>Reloaded the latest version. Your changes are kept: check them and save again.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ExceptionsPage</name>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="177"/>
        <source>Suitability exceptions</source>
        <translation>Suitability exceptions</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="190"/>
        <source>Only not yet reviewed</source>
        <translation>Only not yet reviewed</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="195"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="223"/>
        <source>Open client</source>
        <translation>Open client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="228"/>
        <source>Mark reviewed...</source>
        <translation>Mark reviewed...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="234"/>
        <source>Export CSV...</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="239"/>
        <source>Export suitability exceptions</source>
        <translation>Export suitability exceptions</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="243"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="252"/>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="256"/>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="269"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="260"/>
        <source>%n shown, more below</source>
        <translation>
            <numerusform>%n shown, more below</numerusform>
            <numerusform>%n shown, more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="261"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="311"/>
        <source>Exporting...</source>
        <translation>Exporting...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="324"/>
        <source>Exported %n exception(s).</source>
        <translation>
            <numerusform>Exported %n exception.</numerusform>
            <numerusform>Exported %n exceptions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="331"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ExportDialog</name>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="20"/>
        <source>Export audit events</source>
        <translation>Export audit events</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="23"/>
        <source>The events matching the current filter are exported. The export and its reason are recorded in the audit trail.</source>
        <translation>The events matching the current filter are exported. The export and its reason are recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="31"/>
        <source>e.g. regulator request 2026-17</source>
        <translation>e.g. regulator request 2026-17</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="32"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="35"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (spreadsheets)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="36"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="37"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="41"/>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="44"/>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="51"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="53"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="65"/>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="84"/>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="85"/>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::FormDialog</name>
    <message>
        <location filename="../src/gui/common/form_dialog.cpp" line="32"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/common/form_dialog.cpp" line="128"/>
        <location filename="../src/gui/common/form_dialog.cpp" line="170"/>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Please correct the fields marked in red. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::HoldingsTab</name>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="40"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="40"/>
        <source>Market value (yuan)</source>
        <translation>Market value (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="40"/>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="50"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="49"/>
        <source>Futures account</source>
        <translation>Futures account</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="49"/>
        <source>Equity (yuan)</source>
        <translation>Equity (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="49"/>
        <source>Available (yuan)</source>
        <translation>Available (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="50"/>
        <source>Margin in use (yuan)</source>
        <translation>Margin in use (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="50"/>
        <source>Margin ratio</source>
        <translation>Margin ratio</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="62"/>
        <source>AUM %1 yuan on %2</source>
        <translation>AUM %1 yuan on %2</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="63"/>
        <source>No AUM on record yet.</source>
        <translation>No AUM on record yet.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="66"/>
        <source>cash %1 yuan on %2</source>
        <translation>cash %1 yuan on %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/holdings_tab.cpp" line="69"/>
        <source>%n trade(s) in 90 days</source>
        <translation>
            <numerusform>%n trade in 90 days</numerusform>
            <numerusform>%n trades in 90 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="71"/>
        <source>last trade %1</source>
        <translation>last trade %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="71"/>
        <source>never traded</source>
        <translation>never traded</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="72"/>
        <source>commission (12 months) %1 yuan</source>
        <translation>commission (12 months) %1 yuan</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="73"/>
        <source>net cash flow (3 months) %1 yuan</source>
        <translation>net cash flow (3 months) %1 yuan</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="77"/>
        <source>Daily AUM (10,000 yuan)</source>
        <translation>Daily AUM (10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="90"/>
        <source>AUM over the last 12 months (10,000 yuan)</source>
        <translation>AUM over the last 12 months (10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="127"/>
        <source>no margin in use</source>
        <translation>no margin in use</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="128"/>
        <source>below the margin-call line</source>
        <translation>below the margin-call line</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="129"/>
        <source>(all futures accounts)</source>
        <translation>(all futures accounts)</translation>
    </message>
</context>
<context>
    <name>crm::desktop::InteractionDialog</name>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="28"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="29"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="30"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="31"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="32"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="33"/>
        <source>WeCom</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="34"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="42"/>
        <source>Correct an interaction</source>
        <translation>Correct an interaction</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="42"/>
        <source>Add an interaction</source>
        <translation>Add an interaction</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="51"/>
        <source>Recorded:</source>
        <translation>Recorded:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="58"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="64"/>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="68"/>
        <source>What was discussed, agreed or sent</source>
        <translation>What was discussed, agreed or sent</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="71"/>
        <source>Corrected note:</source>
        <translation>Corrected note:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="71"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="75"/>
        <source>Agreed to follow up on</source>
        <translation>Agreed to follow up on</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="87"/>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="92"/>
        <source>Why it is corrected (kept with the record)</source>
        <translation>Why it is corrected (kept with the record)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="93"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="104"/>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="104"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>crm::desktop::InteractionsTab</name>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="170"/>
        <source>Add...</source>
        <translation>Add...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="172"/>
        <source>Correct...</source>
        <translation>Correct...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="176"/>
        <source>Send message...</source>
        <translation>Send message...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="178"/>
        <source>A templated SMS or e-mail through the firm&apos;s channels; the outcome shows here.</source>
        <translation>A templated SMS or e-mail through the firm&apos;s channels; the outcome shows here.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="203"/>
        <source>Select a record to read it in full.</source>
        <translation>Select a record to read it in full.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="215"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="233"/>
        <source>Correction: %1 (reason: %2)</source>
        <translation>Correction: %1 (reason: %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="242"/>
        <source>%1 (corrected later)</source>
        <translation>%1 (corrected later)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="253"/>
        <source>No interactions recorded yet.</source>
        <translation>No interactions recorded yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/interactions_tab.cpp" line="254"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="268"/>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · by %3</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="270"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="272"/>
        <source>Next step on %1</source>
        <translation>Next step on %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="273"/>
        <source>This corrects an earlier record; reason: %1</source>
        <translation>This corrects an earlier record; reason: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="277"/>
        <source>Corrected on %1 by %2: %3</source>
        <translation>Corrected on %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="316"/>
        <source>Message queued: it leaves within seconds; its outcome is recorded here.</source>
        <translation>Message queued: it leaves within seconds; its outcome is recorded here.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="27"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="28"/>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="29"/>
        <source>Branch manager</source>
        <translation>Branch manager</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="30"/>
        <source>Compliance officer</source>
        <translation>Compliance officer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="31"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="37"/>
        <source>Securities CRM Workstation</source>
        <translation>Securities CRM Workstation</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="40"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="41"/>
        <source>Change &amp;password...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="43"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="63"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="86"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="101"/>
        <source>Tiering</source>
        <translation>Tiering</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="109"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="116"/>
        <source>Suitability exceptions</source>
        <translation>Suitability exceptions</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="123"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="127"/>
        <source>Large-value reports</source>
        <translation>Large-value reports</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="131"/>
        <source>Watch-list hits</source>
        <translation>Watch-list hits</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="135"/>
        <source>AML risk ratings</source>
        <translation>AML risk ratings</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="187"/>
        <source>Your clients page by page: search by name, ID or mobile number, filter, sort, open a client&apos;s 360 view.</source>
        <translation>Your clients page by page: search by name, ID or mobile number, filter, sort, open a client&apos;s 360 view.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="190"/>
        <source>Tier policies: edit the rules as a draft, preview what they would change, activate, recompute.</source>
        <translation>Tier policies: edit the rules as a draft, preview what they would change, activate, recompute.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="192"/>
        <source>Every access to client data: filter, read an event, verify the chain, export with a reason.</source>
        <translation>Every access to client data: filter, read an event, verify the chain, export with a reason.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="194"/>
        <source>Every message sent to clients and staff: delivered, retrying, dead letters, stopped for consent.</source>
        <translation>Every message sent to clients and staff: delivered, retrying, dead letters, stopped for consent.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="196"/>
        <source>Large-value transactions to report to the regulator: due dates, overdue ones in red, file or dismiss.</source>
        <translation>Large-value transactions to report to the regulator: due dates, overdue ones in red, file or dismiss.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="198"/>
        <source>Clients whose names match the PEP or sanctions lists: confirm the match or clear it, with a reason.</source>
        <translation>Clients whose names match the PEP or sanctions lists: confirm the match or clear it, with a reason.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="200"/>
        <source>Clients&apos; anti-money-laundering risk ratings: reviews due, overdue ones in red, re-rate with a reason.</source>
        <translation>Clients&apos; anti-money-laundering risk ratings: reviews due, overdue ones in red, re-rate with a reason.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="202"/>
        <source>Sales against a mismatch or to special-care clients, assessments about to expire, holdings above a client&apos;s level.</source>
        <translation>Sales against a mismatch or to special-care clients, assessments about to expire, holdings above a client&apos;s level.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="217"/>
        <source>Signed in as %1 (%2), %3</source>
        <translation>Signed in as %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="222"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>crm::desktop::MessagesPage</name>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="16"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="17"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="18"/>
        <location filename="../src/gui/compliance/messages_page.cpp" line="62"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="19"/>
        <source>Dead letter</source>
        <translation>Dead letter</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="21"/>
        <source>Stopped (no consent)</source>
        <translation>Stopped (no consent)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="28"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="34"/>
        <source>All messages</source>
        <translation>All messages</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="37"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="39"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="45"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="52"/>
        <source>Dead letters failed every try. An administrator requeues or cancels them with crm-admin outbox retry|cancel (see the admin guide).</source>
        <translation>Dead letters failed every try. An administrator requeues or cancels them with crm-admin outbox retry|cancel (see the admin guide).</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="62"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="62"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="91"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="104"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="104"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="106"/>
        <source>(staff)</source>
        <translation>(staff)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/messages_page.cpp" line="117"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::desktop::NewClientDialog</name>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="12"/>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="12"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="16"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="17"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="18"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="19"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="21"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="22"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="23"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="24"/>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="25"/>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="26"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="28"/>
        <source>No ID yet</source>
        <translation>No ID yet</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="29"/>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="30"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="31"/>
        <source>Hong Kong/Macao permit</source>
        <translation>Hong Kong/Macao permit</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="32"/>
        <source>Taiwan permit</source>
        <translation>Taiwan permit</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="33"/>
        <source>Business licence</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="34"/>
        <source>ID type:</source>
        <translation>ID type:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="35"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="36"/>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="37"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="38"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="39"/>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="39"/>
        <source>e.g. 浦东新区</source>
        <translation>e.g. 浦东新区</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="40"/>
        <source>Occupation:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="41"/>
        <source>Employer:</source>
        <translation>Employer:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Branch walk-in</source>
        <translation>Branch walk-in</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Online sign-up</source>
        <translation>Online sign-up</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Bank partner</source>
        <translation>Bank partner</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="47"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="52"/>
        <source>Choose an account manager</source>
        <translation>Choose an account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="53"/>
        <source>Account manager:</source>
        <translation>Account manager:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="71"/>
        <source>The client starts as a prospect. The ID number, mobile, e-mail and address are stored encrypted and shown masked.</source>
        <translation>The client starts as a prospect. The ID number, mobile, e-mail and address are stored encrypted and shown masked.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="95"/>
        <source>Choose the account manager who will serve this client.</source>
        <translation>Choose the account manager who will serve this client.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::PolicyEditorDialog</name>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="27"/>
        <source>Assets under management (yuan)</source>
        <translation>Assets under management (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="28"/>
        <source>Average AUM, last 3 months (yuan)</source>
        <translation>Average AUM, last 3 months (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="29"/>
        <source>Commission, last 12 months (yuan)</source>
        <translation>Commission, last 12 months (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="30"/>
        <source>Net cash flow, last 3 months (yuan)</source>
        <translation>Net cash flow, last 3 months (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="31"/>
        <source>Trades in the last 90 days</source>
        <translation>Trades in the last 90 days</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="32"/>
        <source>Days since the last trade</source>
        <translation>Days since the last trade</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="33"/>
        <source>Days since the last contact</source>
        <translation>Days since the last contact</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="41"/>
        <source>Edit %1 v%2 (draft)</source>
        <translation>Edit %1 v%2 (draft)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="42"/>
        <source>New draft of %1 from v%2</source>
        <translation>New draft of %1 from v%2</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="46"/>
        <source>Tiers are tried from the top: a client gets the first tier whose condition holds, and the last tier takes everyone else. Saving changes no client; activating the draft does.</source>
        <translation>Tiers are tried from the top: a client gets the first tier whose condition holds, and the last tier takes everyone else. Saving changes no client; activating the draft does.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="48"/>
        <source>This policy is not a draft. Your changes are saved as a new draft version, which you can preview and activate.</source>
        <translation>This policy is not a draft. Your changes are saved as a new draft version, which you can preview and activate.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="56"/>
        <source>Policy name:</source>
        <translation>Policy name:</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="65"/>
        <source>Tiers, best first:</source>
        <translation>Tiers, best first:</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="68"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="70"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="72"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="74"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="81"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="87"/>
        <source>e.g. A</source>
        <translation>e.g. A</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="93"/>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="97"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="98"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="99"/>
        <source>Tier name:</source>
        <translation>Tier name:</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="100"/>
        <source>Contact at least every:</source>
        <translation>Contact at least every:</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="101"/>
        <source>Review at least every:</source>
        <translation>Review at least every:</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="103"/>
        <source>The last tier is the default: every client no tier above matches.</source>
        <translation>The last tier is the default: every client no tier above matches.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="113"/>
        <source>all of these hold</source>
        <translation>all of these hold</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="114"/>
        <source>any of these holds</source>
        <translation>any of these holds</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="115"/>
        <source>A client is in this tier when</source>
        <translation>A client is in this tier when</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="121"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="121"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="121"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="129"/>
        <source>Add comparison</source>
        <translation>Add comparison</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="131"/>
        <source>Remove comparison</source>
        <translation>Remove comparison</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="139"/>
        <source>A nested condition, kept as written (JSON, see the administrator&apos;s guide)</source>
        <translation>A nested condition, kept as written (JSON, see the administrator&apos;s guide)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="152"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="154"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="154"/>
        <source>Save as new draft</source>
        <translation>Save as new draft</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="167"/>
        <source>New tier</source>
        <translation>New tier</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="214"/>
        <source>The server finds no problem in this policy.</source>
        <translation>The server finds no problem in this policy.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="243"/>
        <source> (default)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="265"/>
        <source>e.g. -500000.00 or 500000.00 (yuan)</source>
        <translation>e.g. -500000.00 or 500000.00 (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="267"/>
        <source>e.g. 500000.00 (yuan, not negative)</source>
        <translation>e.g. 500000.00 (yuan, not negative)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="269"/>
        <source>0 to 100000</source>
        <translation>0 to 100000</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="271"/>
        <source>0 to 36500 days</source>
        <translation>0 to 36500 days</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="445"/>
        <source>Nothing has changed, so there is nothing to save.</source>
        <translation>Nothing has changed, so there is nothing to save.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="339"/>
        <source>Tier %1 (%2)</source>
        <translation>Tier %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="342"/>
        <source>, code</source>
        <translation>, code</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="344"/>
        <source>, name</source>
        <translation>, name</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="346"/>
        <source>, contact interval</source>
        <translation>, contact interval</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="348"/>
        <source>, review interval</source>
        <translation>, review interval</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="350"/>
        <source>, comparison %1</source>
        <translation>, comparison %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="353"/>
        <source> (metric)</source>
        <translation> (metric)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="355"/>
        <source> (comparison)</source>
        <translation> (comparison)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="357"/>
        <source> (value)</source>
        <translation> (value)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="359"/>
        <source>, condition</source>
        <translation>, condition</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="362"/>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="364"/>
        <source>Policy name</source>
        <translation>Policy name</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="372"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="374"/>
        <source>is required (at most 200 characters)</source>
        <translation>is required (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="376"/>
        <source>must be 1 to 3660 days</source>
        <translation>must be 1 to 3660 days</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="378"/>
        <source>use 1 to 20 capital letters, digits or _</source>
        <translation>use 1 to 20 capital letters, digits or _</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="380"/>
        <source>is used by another tier</source>
        <translation>is used by another tier</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="382"/>
        <source>a policy has 2 to 20 tiers</source>
        <translation>a policy has 2 to 20 tiers</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="384"/>
        <source>must be an amount in yuan with at most 2 decimals, e.g. 500000.00</source>
        <translation>must be an amount in yuan with at most 2 decimals, e.g. 500000.00</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="386"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="388"/>
        <source>choose a comparison</source>
        <translation>choose a comparison</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="390"/>
        <source>choose a metric</source>
        <translation>choose a metric</translation>
    </message>
</context>
<context>
    <name>crm::desktop::QuestionnaireWizard</name>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="47"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="57"/>
        <source>Submit again</source>
        <translation>Submit again</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="87"/>
        <source>Risk assessment: %1</source>
        <translation>Risk assessment: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="92"/>
        <source>Risk tolerance questionnaire</source>
        <translation>Risk tolerance questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="94"/>
        <source>Loading the questionnaire...</source>
        <translation>Loading the questionnaire...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="118"/>
        <source>Go through the %n question(s) with the client and choose the answer the client gives. The server scores the answers; the result is the client&apos;s risk level for the validity period set by compliance.</source>
        <translation>
            <numerusform>Go through the %n question with the client and choose the answer the client gives. The server scores the answers; the result is the client&apos;s risk level for the validity period set by compliance.</numerusform>
            <numerusform>Go through the %n questions with the client and choose the answer the client gives. The server scores the answers; the result is the client&apos;s risk level for the validity period set by compliance.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="126"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="166"/>
        <source>Scoring the answers...</source>
        <translation>Scoring the answers...</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="182"/>
        <source>Risk level: %1 (score %2). Valid until %3.</source>
        <translation>Risk level: %1 (score %2). Valid until %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="188"/>
        <source>The client cannot accept any loss: only the lowest-risk (R1) products are suitable.</source>
        <translation>The client cannot accept any loss: only the lowest-risk (R1) products are suitable.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::RateClientDialog</name>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="107"/>
        <source>Rate a client</source>
        <translation>Rate a client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="113"/>
        <source>Name, ID number or mobile number</source>
        <translation>Name, ID number or mobile number</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="114"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="125"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="125"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="125"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="125"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="135"/>
        <source>Reason for this rating (what the review found)</source>
        <translation>Reason for this rating (what the review found)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="137"/>
        <source>Rating:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="145"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="148"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="171"/>
        <source>Searching...</source>
        <translation>Searching...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="184"/>
        <source>No client found.</source>
        <translation>No client found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="185"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="209"/>
        <source>This client is already rated: re-review the rating in the list.</source>
        <translation>This client is already rated: re-review the rating in the list.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ReviewExceptionDialog</name>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="365"/>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="365"/>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="372"/>
        <source>Exception:</source>
        <translation>Exception:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="376"/>
        <source>What you checked and concluded, e.g. signed warning and recording on file, client called back (recorded)</source>
        <translation>What you checked and concluded, e.g. signed warning and recording on file, client called back (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="380"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="381"/>
        <source>Reviewed before: %1</source>
        <translation>Reviewed before: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="382"/>
        <source>The note is kept with your name on the audit trail; a later review adds to it.</source>
        <translation>The note is kept with your name on the audit trail; a later review adds to it.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::RiskRatingsPage</name>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="19"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="20"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="21"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="28"/>
        <source>AML risk ratings</source>
        <translation>AML risk ratings</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="34"/>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="35"/>
        <source>All rated clients</source>
        <translation>All rated clients</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="36"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="38"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="41"/>
        <source>Rate a client...</source>
        <translation>Rate a client...</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="46"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="55"/>
        <source>Each rating is reviewed again by its date (by default every 6 months for high risk, 24 for medium, 36 for low; the administrator sets the periods). Overdue reviews are in red. A confirmed watch-list match rates the client high. To re-review, select the client, keep or change the rating, give the reason and save: the next review date moves on.</source>
        <translation>Each rating is reviewed again by its date (by default every 6 months for high risk, 24 for medium, 36 for low; the administrator sets the periods). Overdue reviews are in red. A confirmed watch-list match rates the client high. To re-review, select the client, keep or change the rating, give the reason and save: the next review date moves on.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Rated by</source>
        <translation>Rated by</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Rated on</source>
        <translation>Rated on</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="78"/>
        <source>Reason for this rating (what the review found)</source>
        <translation>Reason for this rating (what the review found)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="80"/>
        <source>Save rating</source>
        <translation>Save rating</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="82"/>
        <source>Rating:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="250"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="269"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="270"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="314"/>
        <source>Saved: next review %1.</source>
        <translation>Saved: next review %1.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SendMessageDialog</name>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="18"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="19"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="20"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="29"/>
        <source>Marketing (needs the client&apos;s consent on the channel)</source>
        <translation>Marketing (needs the client&apos;s consent on the channel)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="30"/>
        <source>Service notice</source>
        <translation>Service notice</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="37"/>
        <source>Send a message to %1</source>
        <translation>Send a message to %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="37"/>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="43"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="46"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="47"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="48"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="51"/>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="54"/>
        <source>What the message says (fills {{text}} in the template)</source>
        <translation>What the message says (fills {{text}} in the template)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="56"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="60"/>
        <source>The client reads:</source>
        <translation>The client reads:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="73"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="75"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="84"/>
        <source>Loading the channels...</source>
        <translation>Loading the channels...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="96"/>
        <source>No channel reaches clients yet. An administrator configures them (admin guide).</source>
        <translation>No channel reaches clients yet. An administrator configures them (admin guide).</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="111"/>
        <source>%1 (marketing: needs consent)</source>
        <translation>%1 (marketing: needs consent)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="112"/>
        <source>%1 (service)</source>
        <translation>%1 (service)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="148"/>
        <source>%1 of %2 bytes the channel takes</source>
        <translation>%1 of %2 bytes the channel takes</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="17"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="23"/>
        <source>System trust store</source>
        <translation>System trust store</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="24"/>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="30"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="35"/>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="36"/>
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="37"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="38"/>
        <source>A new language applies at once, from the sign-in window on.</source>
        <translation>A new language applies at once, from the sign-in window on.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="47"/>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="47"/>
        <source>Certificates (*.crt *.pem)</source>
        <translation>Certificates (*.crt *.pem)</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SignInDialog</name>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="76"/>
        <source>Securities CRM - Sign in</source>
        <translation>Securities CRM - Sign in</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="77"/>
        <source>Securities CRM Workstation</source>
        <translation>Securities CRM Workstation</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="78"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="80"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="82"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="84"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="85"/>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="131"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="86"/>
        <source>Settings...</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="103"/>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="108"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="113"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="129"/>
        <source>Signing in...</source>
        <translation>Signing in...</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SuitabilityCheckDialog</name>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="52"/>
        <source>Product suitability: %1</source>
        <translation>Product suitability: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="57"/>
        <source>Loading products...</source>
        <translation>Loading products...</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="64"/>
        <source>In a branch</source>
        <translation>In a branch</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="65"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="66"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="70"/>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="71"/>
        <source>Who proposes it:</source>
        <translation>Who proposes it:</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="72"/>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="87"/>
        <source>Evidence required before the sale</source>
        <translation>Evidence required before the sale</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="92"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="94"/>
        <source>Who recorded it</source>
        <translation>Who recorded it</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="102"/>
        <source>Attach file...</source>
        <translation>Attach file...</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="123"/>
        <source>Amount in yuan, e.g. 50000.00</source>
        <translation>Amount in yuan, e.g. 50000.00</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="126"/>
        <source>Record sale</source>
        <translation>Record sale</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="130"/>
        <source>Subscription:</source>
        <translation>Subscription:</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="209"/>
        <source>Choose a product and check it before any sale.</source>
        <translation>Choose a product and check it before any sale.</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="219"/>
        <source>Client: %1, %2. Product: %3.</source>
        <translation>Client: %1, %2. Product: %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="224"/>
        <source>Do a new risk assessment with the client first.</source>
        <translation>Do a new risk assessment with the client first.</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="232"/>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="283"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="232"/>
        <source>attached ✓</source>
        <translation>attached ✓</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="250"/>
        <source>computing SHA-256...</source>
        <translation>computing SHA-256...</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="277"/>
        <source>cannot read the file</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="290"/>
        <source>%1 recorded (SHA-256 %2...).</source>
        <translation>%1 recorded (SHA-256 %2...).</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="294"/>
        <source>branch staff</source>
        <translation>branch staff</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="325"/>
        <source>Sale recorded: %1 %2.</source>
        <translation>Sale recorded: %1 %2.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SuitabilityExceptionModel</name>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="48"/>
        <source>Sales against a mismatch</source>
        <translation>Sales against a mismatch</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="49"/>
        <source>Sales to special-care clients</source>
        <translation>Sales to special-care clients</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="50"/>
        <source>Assessments expiring within 30 days</source>
        <translation>Assessments expiring within 30 days</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="51"/>
        <source>Holdings above the client&apos;s level</source>
        <translation>Holdings above the client&apos;s level</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="71"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="66"/>
        <source>C1 (lowest)</source>
        <translation>C1 (lowest)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="87"/>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="103"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="104"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="105"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="106"/>
        <source>Client level</source>
        <translation>Client level</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="107"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="109"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="109"/>
        <source>Market value (yuan)</source>
        <translation>Market value (yuan)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="111"/>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="112"/>
        <source>Holding as of</source>
        <translation>Holding as of</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="113"/>
        <source>Sold at</source>
        <translation>Sold at</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="114"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SuitabilityTab</name>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="32"/>
        <source>New risk assessment...</source>
        <translation>New risk assessment...</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="34"/>
        <source>Check a product...</source>
        <translation>Check a product...</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="45"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="45"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="45"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="78"/>
        <source>Risk level: not assessed</source>
        <translation>Risk level: not assessed</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="81"/>
        <source>Risk level %1, expired on %2</source>
        <translation>Risk level %1, expired on %2</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="84"/>
        <source>Risk level %1, valid until %2</source>
        <translation>Risk level %1, valid until %2</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="91"/>
        <source>Assessments (%1)</source>
        <translation>Assessments (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="94"/>
        <source>score %1, questionnaire v%2, valid until %3%4</source>
        <translation>score %1, questionnaire v%2, valid until %3%4</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="97"/>
        <source> (expired)</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="98"/>
        <source>Checks (%1)</source>
        <translation>Checks (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="107"/>
        <source>Sales (%1)</source>
        <translation>Sales (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="110"/>
        <source>at the client&apos;s request, above level</source>
        <translation>at the client&apos;s request, above level</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="111"/>
        <source>special care</source>
        <translation>special care</translation>
    </message>
</context>
<context>
    <name>crm::desktop::TagsDialog</name>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="205"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="205"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="216"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="223"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="229"/>
        <source>A new tag, e.g. 高净值 or 退休规划</source>
        <translation>A new tag, e.g. 高净值 or 退休规划</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="230"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="236"/>
        <source>New tag:</source>
        <translation>New tag:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="238"/>
        <source>The tier rules keep no tags on this client.</source>
        <translation>The tier rules keep no tags on this client.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="239"/>
        <source>Kept by the tier rules (not edited here): %1</source>
        <translation>Kept by the tier rules (not edited here): %1</translation>
    </message>
</context>
<context>
    <name>crm::desktop::TieringPage</name>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="30"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="31"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="32"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="41"/>
        <source>Tiering</source>
        <translation>Tiering</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="48"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="53"/>
        <source>Activate...</source>
        <translation>Activate...</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="56"/>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="144"/>
        <source>Edit rules...</source>
        <translation>Edit rules...</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="59"/>
        <source>Recompute now...</source>
        <translation>Recompute now...</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="112"/>
        <source>Activate %1 v%2</source>
        <translation>Activate %1 v%2</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="113"/>
        <source>Activating replaces the policy in force and recomputes every client&apos;s tier. Why? (recorded)</source>
        <translation>Activating replaces the policy in force and recomputes every client&apos;s tier. Why? (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="120"/>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="197"/>
        <source>Recompute tiers</source>
        <translation>Recompute tiers</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="120"/>
        <source>Recompute every client&apos;s tier now. Why? (recorded)</source>
        <translation>Recompute every client&apos;s tier now. Why? (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="141"/>
        <source>You wrote or last changed this draft: a second person activates it.</source>
        <translation>You wrote or last changed this draft: a second person activates it.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="144"/>
        <source>New draft from this...</source>
        <translation>New draft from this...</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="161"/>
        <source>Saved %1 v%2 as a draft. Preview it; a second person activates it when it is right.</source>
        <translation>Saved %1 v%2 as a draft. Preview it; a second person activates it when it is right.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="355"/>
        <source>Rows: the tier now. Columns: the tier with this policy, best first. Red: moved down (less service); green: moved up.</source>
        <translation>Rows: the tier now. Columns: the tier with this policy, best first. Red: moved down (less service); green: moved up.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="186"/>
        <source>%1 v%2 is now in force; every client&apos;s tier is being recomputed.</source>
        <translation>%1 v%2 is now in force; every client&apos;s tier is being recomputed.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="195"/>
        <source>Recomputing tiers...</source>
        <translation>Recomputing tiers...</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="195"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="210"/>
        <source>%1 of %2 clients done, %3 changed tier...</source>
        <translation>%1 of %2 clients done, %3 changed tier...</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="221"/>
        <source>Recomputed %1 clients; %2 changed tier.</source>
        <translation>Recomputed %1 clients; %2 changed tier.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="235"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="257"/>
        <source>Select a policy and preview what it would do now.</source>
        <translation>Select a policy and preview what it would do now.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="268"/>
        <source>Computing the preview over every client...</source>
        <translation>Computing the preview over every client...</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="283"/>
        <source>%1 v%2 applied now: %3 of %4 clients would change tier.</source>
        <translation>%1 v%2 applied now: %3 of %4 clients would change tier.</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="296"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="303"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="304"/>
        <source>With this policy</source>
        <translation>With this policy</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="320"/>
        <source>Clients per tier</source>
        <translation>Clients per tier</translation>
    </message>
</context>
<context>
    <name>crm::desktop::TransferDialog</name>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="100"/>
        <source>Transfer clients</source>
        <translation>Transfer clients</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="100"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="104"/>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="120"/>
        <source>Choose an account manager</source>
        <translation>Choose an account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="105"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="111"/>
        <source>Every client of this account manager</source>
        <translation>Every client of this account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="118"/>
        <source>Clients:</source>
        <translation>Clients:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="121"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="122"/>
        <source>e.g. 王磊 left the firm (recorded)</source>
        <translation>e.g. 王磊 left the firm (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="123"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="124"/>
        <source>The clients&apos; history stays with them; the new account manager sees them at once.</source>
        <translation>The clients&apos; history stays with them; the new account manager sees them at once.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="155"/>
        <source>The clients selected in the list (none selected)</source>
        <translation>The clients selected in the list (none selected)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="156"/>
        <source>The %n client(s) selected in the list</source>
        <translation>
            <numerusform>The %n client selected in the list</numerusform>
            <numerusform>The %n clients selected in the list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="169"/>
        <source>Choose whose clients move.</source>
        <translation>Choose whose clients move.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="173"/>
        <source>Choose who takes them over.</source>
        <translation>Choose who takes them over.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="176"/>
        <source>Choose a different account manager.</source>
        <translation>Choose a different account manager.</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="189"/>
        <source>Finding the clients...</source>
        <translation>Finding the clients...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="229"/>
        <source>Transferring %1 of %2 clients...</source>
        <translation>Transferring %1 of %2 clients...</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="235"/>
        <source>%1 clients were transferred before this problem: %2</source>
        <translation>%1 clients were transferred before this problem: %2</translation>
    </message>
</context>
<context>
    <name>crm::desktop::WatchlistPage</name>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="19"/>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="47"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="20"/>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="48"/>
        <source>Confirmed match</source>
        <translation>Confirmed match</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="21"/>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="49"/>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="26"/>
        <source>PEP</source>
        <translation>PEP</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="27"/>
        <source>Sanctions</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="32"/>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="33"/>
        <source>Name changed</source>
        <translation>Name changed</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="34"/>
        <source>List loaded</source>
        <translation>List loaded</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="41"/>
        <source>Watch-list hits</source>
        <translation>Watch-list hits</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="50"/>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="51"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="53"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="59"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="70"/>
        <source>Every client is screened when created, when renamed and whenever an admin loads a list; names match across full-width and half-width forms, spaces and, where the mapping is loaded, traditional and simplified characters. A hit is not a block: confirm it or clear it as a false positive, with the reason. The client&apos;s manager is not told.</source>
        <translation>Every client is screened when created, when renamed and whenever an admin loads a list; names match across full-width and half-width forms, spaces and, where the mapping is loaded, traditional and simplified characters. A hit is not a block: confirm it or clear it as a false positive, with the reason. The client&apos;s manager is not told.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>Matched name</source>
        <translation>Matched name</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Listed person</source>
        <translation>Listed person</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="94"/>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="98"/>
        <source>Why: cite the evidence (which document, which date); do not copy ID numbers</source>
        <translation>Why: cite the evidence (which document, which date); do not copy ID numbers</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="100"/>
        <source>Confirm match</source>
        <translation>Confirm match</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="102"/>
        <source>Clear as false positive</source>
        <translation>Clear as false positive</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="125"/>
        <source>Assigned to you.</source>
        <translation>Assigned to you.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="175"/>
        <source>No PEP or sanctions list is loaded, so clients are not being screened. An admin loads one with crm-admin aml list load.</source>
        <translation>No PEP or sanctions list is loaded, so clients are not being screened. An admin loads one with crm-admin aml list load.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="181"/>
        <source>%1 list version %2 (%n entries, loaded %3)</source>
        <translation>
            <numerusform>%1 list version %2 (%n entry, loaded %3)</numerusform>
            <numerusform>%1 list version %2 (%n entries, loaded %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="186"/>
        <source>Screened against: %1</source>
        <translation>Screened against: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="190"/>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="208"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="236"/>
        <source>%1 matches %2 (%3) on the %4 list, version %5.</source>
        <translation>%1 matches %2 (%3) on the %4 list, version %5.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="239"/>
        <source>%1 matches &quot;%2&quot;, a name of %3 (%4) on the %5 list, version %6.</source>
        <translation>%1 matches &quot;%2&quot;, a name of %3 (%4) on the %5 list, version %6.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="242"/>
        <source>Found: %1.</source>
        <translation>Found: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="243"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="275"/>
        <source>Confirmed as a match.</source>
        <translation>Confirmed as a match.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="275"/>
        <source>Cleared.</source>
        <translation>Cleared.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::Workstation</name>
    <message>
        <location filename="../src/gui/workstation.cpp" line="152"/>
        <source>Your session has ended. Sign in again to carry on; what you have typed is kept.</source>
        <translation>Your session has ended. Sign in again to carry on; what you have typed is kept.</translation>
    </message>
    <message>
        <location filename="../src/gui/workstation.cpp" line="158"/>
        <source>Sign in as %1 to carry on, or cancel to sign out.</source>
        <translation>Sign in as %1 to carry on, or cancel to sign out.</translation>
    </message>
</context>
</TS>
