<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/api_error.cpp" line="63"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/api_error.cpp" line="65"/>
        <source>Too many failed sign-ins. The account is locked; try again in %n second(s).</source>
        <translation>
            <numerusform>登录失败次数过多，账户已锁定，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="67"/>
        <source>This account has been locked by an administrator.</source>
        <translation>该账户已被管理员锁定。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="68"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="69"/>
        <source>Your password has expired. Please choose a new one.</source>
        <translation>密码已过期，请设置新密码。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="73"/>
        <source>The new password does not meet the policy: %1.</source>
        <translation>新密码不符合密码策略：%1。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="78"/>
        <source>Some input is not valid.</source>
        <translation>部分输入无效。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="78"/>
        <source>Please correct: %1.</source>
        <translation>请更正：%1。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="80"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="81"/>
        <source>The record was not found.</source>
        <translation>未找到该记录。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="82"/>
        <source>Someone else changed this at the same time. Reload and try again.</source>
        <translation>他人同时修改了此记录，请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="83"/>
        <source>Cannot reach the server. Check the server address and your network.</source>
        <translation>无法连接服务器，请检查服务器地址和网络。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="84"/>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>服务器繁忙，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="85"/>
        <source>The server took too long to answer. Please try again.</source>
        <translation>服务器响应超时，请重试。</translation>
    </message>
    <message>
        <location filename="../src/api/api_error.cpp" line="86"/>
        <source>Something went wrong on the server. Please try again or contact support.</source>
        <translation>服务器出现错误，请重试或联系技术支持。</translation>
    </message>
</context>
<context>
    <name>GrpcCrmApi</name>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="61"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ChangePasswordDialog</name>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="15"/>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="51"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="17"/>
        <source>Your password must be changed before you continue.</source>
        <translation>继续使用前必须修改密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="18"/>
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="22"/>
        <source>At least 10 characters, mixing three of: lower-case, upper-case, digits, symbols; not your user name; not one of your last 5 passwords.</source>
        <translation>至少 10 个字符，包含小写字母、大写字母、数字、符号中的三类；不得包含用户名；不得与最近 5 次密码相同。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="35"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="36"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="37"/>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="52"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="67"/>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="68"/>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="69"/>
        <source>The two new passwords do not match.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomerDetailDialog</name>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="21"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="53"/>
        <source>Reveal</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="59"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="60"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="61"/>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="62"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="63"/>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="64"/>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="65"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="66"/>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="75"/>
        <source>Why do you need to see it? (recorded)</source>
        <translation>查看原因（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="76"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="93"/>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="94"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="95"/>
        <source>Household</source>
        <translation>家庭与关联人</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="96"/>
        <source>Consents</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="124"/>
        <source>Tier %1 · Risk %2 · %3</source>
        <translation>等级 %1 · 风险 %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="128"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="128"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="129"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="130"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="149"/>
        <source>Reveal %1:</source>
        <translation>查看%1：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="149"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="150"/>
        <source>mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="151"/>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="152"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="161"/>
        <source>Say why you need to see it; the reason is recorded.</source>
        <translation>请说明查看原因，原因将被记录。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomerListModel</name>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="29"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="30"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="31"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="32"/>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="18"/>
        <source>C1 (lowest)</source>
        <translation>C1（最低类别）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="39"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="41"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="42"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="43"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="44"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="45"/>
        <source>District</source>
        <translation>所在区域</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomersPage</name>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="21"/>
        <source>Search by name, or an exact ID number or mobile number</source>
        <translation>按姓名搜索，或输入完整的证件号码、手机号码</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="51"/>
        <source>My clients</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="85"/>
        <source>No client in your book matches &quot;%1&quot;. Search by part of a name, or by a complete ID number or mobile number.</source>
        <translation>您名下没有与“%1”匹配的客户。请输入姓名的一部分，或完整的证件号码、手机号码。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="19"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="20"/>
        <source>Team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="21"/>
        <source>Branch manager</source>
        <translation>营业部负责人</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="22"/>
        <source>Compliance officer</source>
        <translation>合规专员</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="23"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="29"/>
        <source>Securities CRM Workstation</source>
        <translation>证券客户关系管理工作台</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="32"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="33"/>
        <source>Change &amp;password...</source>
        <translation>修改密码(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="35"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="54"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="73"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="79"/>
        <source>My clients</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="114"/>
        <source>Signed in as %1 (%2), %3</source>
        <translation>当前用户：%1（%2），%3</translation>
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
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="23"/>
        <source>System trust store</source>
        <translation>系统信任证书库</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="24"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="30"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="35"/>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="36"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="37"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="38"/>
        <source>A language change takes effect the next time the workstation starts.</source>
        <translation>语言设置将在下次启动工作台时生效。</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="46"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="46"/>
        <source>Certificates (*.crt *.pem)</source>
        <translation>证书文件 (*.crt *.pem)</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SignInDialog</name>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="76"/>
        <source>Securities CRM - Sign in</source>
        <translation>证券 CRM - 登录</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="77"/>
        <source>Securities CRM Workstation</source>
        <translation>证券客户关系管理工作台</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="78"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="80"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="82"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="84"/>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="85"/>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="127"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="86"/>
        <source>Settings...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="101"/>
        <source>Enter the server address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="106"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="111"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="126"/>
        <source>Signing in...</source>
        <translation>正在登录...</translation>
    </message>
</context>
</TS>
