<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/api_error.cpp" line="63"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/api_error.cpp" line="65"/>
        <source>Too many failed sign-ins. The account is locked; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. The account is locked; try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. The account is locked; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="67"/>
        <source>This account has been locked by an administrator.</source>
        <translation>This account has been locked by an administrator.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="68"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="69"/>
        <source>Your password has expired. Please choose a new one.</source>
        <translation>Your password has expired. Please choose a new one.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="73"/>
        <source>The new password does not meet the policy: %1.</source>
        <translation>The new password does not meet the policy: %1.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="78"/>
        <source>Some input is not valid.</source>
        <translation>Some input is not valid.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="78"/>
        <source>Please correct: %1.</source>
        <translation>Please correct: %1.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="80"/>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="81"/>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="82"/>
        <source>Someone else changed this at the same time. Reload and try again.</source>
        <translation>Someone else changed this at the same time. Reload and try again.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="83"/>
        <source>Cannot reach the server. Check the server address and your network.</source>
        <translation>Cannot reach the server. Check the server address and your network.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="84"/>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>The server is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="85"/>
        <source>The server took too long to answer. Please try again.</source>
        <translation>The server took too long to answer. Please try again.</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="86"/>
        <source>Something went wrong on the server. Please try again or contact support.</source>
        <translation>Something went wrong on the server. Please try again or contact support.</translation>
    </message>
</context>
<context>
    <name>GrpcCrmApi</name>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="61"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Cannot read the CA certificate file %1.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ChangePasswordDialog</name>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="15"/>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="51"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="17"/>
        <source>Your password must be changed before you continue.</source>
        <translation>Your password must be changed before you continue.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="18"/>
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="22"/>
        <source>At least 10 characters, mixing three of: lower-case, upper-case, digits, symbols; not your user name; not one of your last 5 passwords.</source>
        <translation>At least 10 characters, mixing three of: lower-case, upper-case, digits, symbols; not your user name; not one of your last 5 passwords.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="35"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="36"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="37"/>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="52"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="52"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="67"/>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="68"/>
        <source>Enter a new password.</source>
        <translation>Enter a new password.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="69"/>
        <source>The two new passwords do not match.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomerDetailDialog</name>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="21"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="53"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="59"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="60"/>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="61"/>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="62"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="63"/>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="64"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="65"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="66"/>
        <source>Occupation:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="75"/>
        <source>Why do you need to see it? (recorded)</source>
        <translation>Why do you need to see it? (recorded)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="76"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="93"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="94"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="95"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="96"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="124"/>
        <source>Tier %1 · Risk %2 · %3</source>
        <translation>Tier %1 · Risk %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="128"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="128"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="129"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="130"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="149"/>
        <source>Reveal %1:</source>
        <translation>Reveal %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="149"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="150"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="151"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="152"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="161"/>
        <source>Say why you need to see it; the reason is recorded.</source>
        <translation>Say why you need to see it; the reason is recorded.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomerListModel</name>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="29"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="30"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="31"/>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="32"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="18"/>
        <source>C1 (lowest)</source>
        <translation>C1 (lowest)</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="41"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="42"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="43"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="44"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="45"/>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomersPage</name>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="21"/>
        <source>Search by name, or an exact ID number or mobile number</source>
        <translation>Search by name, or an exact ID number or mobile number</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="51"/>
        <source>My clients</source>
        <translation>My clients</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="85"/>
        <source>No client in your book matches &quot;%1&quot;. Search by part of a name, or by a complete ID number or mobile number.</source>
        <translation>No client in your book matches &quot;%1&quot;. Search by part of a name, or by a complete ID number or mobile number.</translation>
    </message>
</context>
<context>
    <name>crm::desktop::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="19"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="20"/>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="21"/>
        <source>Branch manager</source>
        <translation>Branch manager</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="22"/>
        <source>Compliance officer</source>
        <translation>Compliance officer</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="23"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="29"/>
        <source>Securities CRM Workstation</source>
        <translation>Securities CRM Workstation</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="32"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="33"/>
        <source>Change &amp;password...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="35"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="54"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="73"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="79"/>
        <source>My clients</source>
        <translation>My clients</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="114"/>
        <source>Signed in as %1 (%2), %3</source>
        <translation>Signed in as %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="119"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
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
        <source>A language change takes effect the next time the workstation starts.</source>
        <translation>A language change takes effect the next time the workstation starts.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="46"/>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="46"/>
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
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="127"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="86"/>
        <source>Settings...</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="101"/>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="106"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="111"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="126"/>
        <source>Signing in...</source>
        <translation>Signing in...</translation>
    </message>
</context>
</TS>
