<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/error_words.cpp" line="38"/>
        <source>Enter a valid mainland mobile number (11 digits starting with 1).</source>
        <translation>请输入有效的中国大陆手机号（以1开头的11位数字）。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="39"/>
        <source>Enter a valid e-mail address.</source>
        <translation>请输入有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="41"/>
        <source>Enter a valid ID number (an 18-digit resident ID needs its correct check digit).</source>
        <translation>请输入有效的证件号码（18位居民身份证须校验位正确）。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="42"/>
        <source>Enter a real date in the past (YYYY-MM-DD).</source>
        <translation>请输入过去的有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="44"/>
        <source>A name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="44"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>姓名过长（最多200个字符）。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="45"/>
        <source>The address is too long (at most 500 characters).</source>
        <translation>地址过长（最多500个字符）。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="27"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="51"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="52"/>
        <source>What was discussed</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="53"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="54"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="55"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="56"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="57"/>
        <source>Who proposes it</source>
        <translation>推介方式</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="58"/>
        <source>Search</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="59"/>
        <location filename="../src/api/error_words.cpp" line="96"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="60"/>
        <source>Until</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="61"/>
        <source>How the client gave it</source>
        <translation>客户授权方式</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="62"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="65"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="66"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="67"/>
        <source>Confirmed at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="68"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="69"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="70"/>
        <source>Opening date</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="72"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="73"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="74"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="75"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="76"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="77"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="78"/>
        <source>Years of investing</source>
        <translation>投资年限</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="79"/>
        <source>Years of relevant work</source>
        <translation>相关工作年限</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="80"/>
        <source>File fingerprint</source>
        <translation>文件指纹</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="81"/>
        <source>Minimum investment</source>
        <translation>起投金额</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="82"/>
        <source>Net assets</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="83"/>
        <source>Financial assets</source>
        <translation>金融资产</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="84"/>
        <source>Average income (3 years)</source>
        <translation>近三年年均收入</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="85"/>
        <source>Assets from</source>
        <translation>资产下限</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="86"/>
        <source>Assets up to</source>
        <translation>资产上限</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="87"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="88"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="89"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="90"/>
        <source>Related client</source>
        <translation>关联客户</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="91"/>
        <source>Related person</source>
        <translation>关联人</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="92"/>
        <source>New account manager</source>
        <translation>新客户经理</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="93"/>
        <source>Current account manager</source>
        <translation>原客户经理</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="94"/>
        <source>Stand-in</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="95"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="97"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="98"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="99"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="100"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="101"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="102"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="103"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="104"/>
        <source>Field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="112"/>
        <source>at least %1 characters</source>
        <translation>至少%1个字符</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="228"/>
        <source>The client has not agreed to marketing on this channel. Record their consent first, or send a service notice.</source>
        <translation>客户未同意通过此渠道接收营销信息。请先登记客户的授权，或改发服务通知。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="231"/>
        <source>The client has no phone number or e-mail address for this channel.</source>
        <translation>客户没有此渠道可用的手机号或电子邮箱。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="232"/>
        <source>The message&apos;s status does not allow this any more.</source>
        <translation>该消息的当前状态已不允许此操作。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="233"/>
        <source>This report has already been filed or dismissed.</source>
        <translation>该报告已上报或已排除。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="234"/>
        <source>The system&apos;s certificate is not accepted (unknown, revoked or expired).</source>
        <translation>该系统的证书未被接受（未知、已吊销或已过期）。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="235"/>
        <source>This case has already been confirmed or cleared.</source>
        <translation>该案件已被确认或排除。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="258"/>
        <source>The request was refused by a business rule.</source>
        <translation>该请求因业务规则被拒绝。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="148"/>
        <source>at least %1 of: lower-case letters, upper-case letters, digits, symbols</source>
        <translation>须包含小写字母、大写字母、数字、符号中的至少%1类</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="149"/>
        <source>must not contain the user name</source>
        <translation>不能包含用户名</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="150"/>
        <source>different from your last %1 passwords</source>
        <translation>不能与最近%1次使用的密码相同</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="111"/>
        <source>too long (at most %1 characters)</source>
        <translation>过长（最多%1个字符）</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="110"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="113"/>
        <source>at most %1 at a time</source>
        <translation>一次最多 %1 个</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="116"/>
        <source>must be in the future</source>
        <translation>须为将来的时间</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="117"/>
        <source>cannot be in the future</source>
        <translation>不能是将来的时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/error_words.cpp" line="118"/>
        <source>at most %n day(s) ahead</source>
        <translation>
            <numerusform>最多提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="119"/>
        <source>must come after the start of the range</source>
        <translation>不能早于（小于）范围的起点</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="120"/>
        <source>must be more than zero</source>
        <translation>须大于零</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="122"/>
        <source>must be more than zero and at most 10 trillion yuan</source>
        <translation>须大于零且不超过十万亿元</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="123"/>
        <source>must not be negative and at most 10 trillion yuan</source>
        <translation>不能为负且不超过十万亿元</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="124"/>
        <source>would take the client&apos;s holding of this product above 10 trillion yuan</source>
        <translation>将使客户该产品持仓超过十万亿元</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="115"/>
        <source>not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="145"/>
        <source>answer every question</source>
        <translation>请回答全部题目</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="146"/>
        <source>attach the client&apos;s signed written request</source>
        <translation>请附上客户签署的书面申请</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="128"/>
        <source>must be 6 to 20 digits</source>
        <translation>须为6至20位数字</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="129"/>
        <source>this account is already linked to a client</source>
        <translation>该账户已关联到某位客户</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="130"/>
        <source>choose a client or type a person&apos;s name (one of the two)</source>
        <translation>请选择一位客户或填写一个人名（二选一）</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="131"/>
        <source>no such client in your book</source>
        <translation>您名下没有该客户</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="132"/>
        <source>cannot be the client itself</source>
        <translation>不能是客户本人</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="133"/>
        <source>must be an active account manager</source>
        <translation>须为在职的客户经理</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="134"/>
        <source>must be another active account manager than the client&apos;s own</source>
        <translation>须为该客户所属经理以外的在职客户经理</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="135"/>
        <source>is outside your team or branch</source>
        <translation>不在您的团队或营业部内</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="136"/>
        <source>must differ from the current account manager</source>
        <translation>须与原客户经理不同</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/error_words.cpp" line="138"/>
        <source>%n of these clients are not this manager&apos;s (or not in your scope); nothing was transferred</source>
        <translation>
            <numerusform>其中 %n 位客户不属于该客户经理（或不在您的权限范围内），未做任何移交</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="140"/>
        <source>say how the client gave or withdrew it</source>
        <translation>请说明客户授权或撤回的方式</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="141"/>
        <source>marketing consent is given per channel</source>
        <translation>营销授权须按渠道分别给出</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="142"/>
        <source>data sharing covers all channels</source>
        <translation>数据共享授权适用于全部渠道</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="143"/>
        <source>tags are 1 to 60 characters</source>
        <translation>标签长度为1至60个字符</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="144"/>
        <source>name a tag to add or remove</source>
        <translation>请填写要添加或移除的标签</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="114"/>
        <source>choose one of the values offered</source>
        <translation>请从给出的选项中选择</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="125"/>
        <source>not a valid mainland mobile number (11 digits starting with 1)</source>
        <translation>不是有效的大陆手机号（以 1 开头的 11 位数字）</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="126"/>
        <source>not a valid e-mail address</source>
        <translation>不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="127"/>
        <source>not a valid ID number</source>
        <translation>不是有效的证件号码</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="156"/>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="174"/>
        <source>This record already exists.</source>
        <translation>该记录已存在。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="176"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/error_words.cpp" line="178"/>
        <source>Too many failed sign-ins. The account is locked; try again in %n second(s).</source>
        <translation>
            <numerusform>登录失败次数过多，账户已锁定，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="180"/>
        <source>This account has been locked by an administrator.</source>
        <translation>该账户已被管理员锁定。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="183"/>
        <location filename="../src/api/error_words.cpp" line="253"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="184"/>
        <source>Your password has expired. Please choose a new one.</source>
        <translation>密码已过期，请设置新密码。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="171"/>
        <source>The new password does not meet the policy: %1.</source>
        <translation>新密码不符合密码策略：%1。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="171"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="165"/>
        <location filename="../src/api/error_words.cpp" line="257"/>
        <source>Some input is not valid.</source>
        <translation>部分输入无效。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="166"/>
        <source>Please correct: %1.</source>
        <translation>请更正：%1。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="175"/>
        <location filename="../src/api/error_words.cpp" line="254"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="173"/>
        <location filename="../src/api/error_words.cpp" line="255"/>
        <source>The record was not found.</source>
        <translation>未找到该记录。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="188"/>
        <source>This request was already sent with different content, so it was not applied again. Close the form and start again.</source>
        <translation>该请求已以不同内容提交过，本次未再执行。请关闭表单后重新开始。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="186"/>
        <location filename="../src/api/error_words.cpp" line="256"/>
        <source>Someone else changed this at the same time. Reload and try again.</source>
        <translation>他人同时修改了此记录，请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="197"/>
        <source>This account number is already linked to a client.</source>
        <translation>该账号已关联到一位客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/api/error_words.cpp" line="200"/>
        <source>%n of these clients are not this manager&apos;s (or not in your scope); nothing was transferred.</source>
        <translation>
            <numerusform>其中 %n 位客户不属于该客户经理（或不在您的权限范围内），未做任何移交。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="204"/>
        <source>The questionnaire&apos;s score bands do not cover this score; ask compliance.</source>
        <translation>问卷的分数档位未覆盖该得分，请联系合规部门。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="205"/>
        <source>A product with this code is already in the catalogue.</source>
        <translation>产品目录中已有该代码的产品。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="207"/>
        <source>The file changed: its fingerprint (SHA-256) does not match. Nothing was recorded.</source>
        <translation>文件已被改动：其指纹（SHA-256）不一致，未记录任何内容。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="213"/>
        <source>The sale cannot be recorded yet. Still missing: %1.</source>
        <translation>暂不能记录该笔销售，仍缺少：%1。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="213"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="215"/>
        <source>This check refused the sale; no document can change that.</source>
        <translation>本次检查已拒绝该销售，任何文件都无法改变这一结果。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="216"/>
        <source>The check is too old. Run the check again.</source>
        <translation>该检查已过期，请重新检查。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="217"/>
        <source>A sale was already recorded on this check. Run a new check.</source>
        <translation>该检查已记录过一笔销售，请重新检查。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="219"/>
        <source>The evidence does not meet the thresholds for a professional investor.</source>
        <translation>所提供的证明未达到专业投资者的标准。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="220"/>
        <source>Only a draft can be changed or activated. Create a new version instead.</source>
        <translation>只有草稿可以修改或启用，请创建新版本。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="221"/>
        <source>You wrote or last changed this policy: a second person must activate it.</source>
        <translation>该策略由您编写或最后修改，须由另一人启用。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="222"/>
        <source>No tier policy is active yet.</source>
        <translation>目前尚无生效的分级策略。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="223"/>
        <source>A newer tier policy took over before the recompute finished. Run it again.</source>
        <translation>重算完成前已有更新的分级策略生效，请重新运行。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="224"/>
        <source>These events are still within the retention period and must stay in the live trail.</source>
        <translation>这些事件仍在保留期内，必须留在在线审计记录中。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="225"/>
        <source>Archive the older months first.</source>
        <translation>请先归档更早的月份。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="226"/>
        <source>The audit chain is broken. Investigate before archiving.</source>
        <translation>审计链已断裂，请先调查再归档。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="250"/>
        <source>Cannot reach the server. Check the server address and your network.</source>
        <translation>无法连接服务器，请检查服务器地址和网络。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="192"/>
        <location filename="../src/api/error_words.cpp" line="259"/>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>服务器繁忙，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="191"/>
        <source>Something this refers to no longer exists. Reload and try again.</source>
        <translation>所引用的记录已不存在，请刷新后重试。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="193"/>
        <source>The server cannot reach its database. Please try again in a moment.</source>
        <translation>服务器无法连接数据库，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="194"/>
        <location filename="../src/api/error_words.cpp" line="251"/>
        <source>The server took too long to answer. Please try again.</source>
        <translation>服务器响应超时，请重试。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="195"/>
        <location filename="../src/api/error_words.cpp" line="252"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../src/api/error_words.cpp" line="196"/>
        <location filename="../src/api/error_words.cpp" line="267"/>
        <source>Something went wrong on the server. Please try again or contact support.</source>
        <translation>服务器出现错误，请重试或联系技术支持。</translation>
    </message>
</context>
<context>
    <name>CustomerWords</name>
    <message>
        <location filename="../src/api/customer_words.cpp" line="8"/>
        <source>Securities account</source>
        <translation>证券账户</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="9"/>
        <source>Margin account</source>
        <translation>信用账户</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="10"/>
        <source>Futures account</source>
        <translation>期货账户</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="11"/>
        <source>Fund account</source>
        <translation>基金账户</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="12"/>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="17"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="18"/>
        <source>frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="19"/>
        <source>closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="24"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="25"/>
        <source>Data sharing</source>
        <translation>数据共享</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="30"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="31"/>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="32"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="33"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="34"/>
        <source>all channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="39"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="40"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="41"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="42"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="43"/>
        <source>Controller</source>
        <translation>实际控制人</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="44"/>
        <source>Beneficial owner</source>
        <translation>受益所有人</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="46"/>
        <source>Entity this client controls</source>
        <translation>本客户控制的机构</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="48"/>
        <source>Entity this client beneficially owns</source>
        <translation>本客户为受益所有人的机构</translation>
    </message>
    <message>
        <location filename="../src/api/customer_words.cpp" line="49"/>
        <source>Related party</source>
        <translation>关联方</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="323"/>
        <source>  opened %1</source>
        <translation>  开户于 %1</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="331"/>
        <source>%1 by %2: %3 (%4)</source>
        <translation>%1（%2）：%3（%4）</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="334"/>
        <source>agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="335"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="342"/>
        <source>a client outside your book</source>
        <translation>不在您名下的客户</translation>
    </message>
</context>
<context>
    <name>GrpcCrmApi</name>
    <message>
        <location filename="../src/api/grpc_crm_api.cpp" line="63"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <location filename="../src/api/grpc_crm_api_compliance.cpp" line="124"/>
        <location filename="../src/api/grpc_crm_api_compliance.cpp" line="162"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../src/api/display_formats.cpp" line="15"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="13"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="14"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="17"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="18"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/gui/common/qt_catalog_gaps.cpp" line="19"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="7"/>
        <source>Suitable: the sale may proceed</source>
        <translation>适当：可以销售</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="9"/>
        <source>Not suitable: only at the client&apos;s own request, with a signed risk warning</source>
        <translation>不适当：仅限客户主动要求，并签署特别风险警示书</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="12"/>
        <source>Refused: this product may not be sold to this client</source>
        <translation>拒绝：不得向该客户销售此产品</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="18"/>
        <source>The product&apos;s risk is above the client&apos;s risk tolerance.</source>
        <translation>产品风险等级高于客户的风险承受能力。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="20"/>
        <source>The client is in the lowest category (cannot accept any loss): only R1 products.</source>
        <translation>客户属于最低类别（不能承受任何损失）：只能购买R1产品。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="23"/>
        <source>The client has no risk assessment yet.</source>
        <translation>客户尚未进行风险测评。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="25"/>
        <source>The client&apos;s risk assessment has expired.</source>
        <translation>客户的风险测评已过期。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="27"/>
        <source>The firm never recommends a product above the client&apos;s level.</source>
        <translation>公司不得向客户推荐高于其风险等级的产品。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="29"/>
        <source>A campaign may not offer a product above the client&apos;s level.</source>
        <translation>营销活动不得向客户推介高于其风险等级的产品。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="31"/>
        <source>R4/R5 to an ordinary investor: special care (extra disclosure, cooling-off or return visit).</source>
        <translation>向普通投资者销售R4/R5产品：需特别关注（加强告知、冷静期或回访）。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="34"/>
        <source>The risk warning must be audio/video recorded (dual recording).</source>
        <translation>风险揭示须进行录音录像（双录）。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="37"/>
        <source>The client must confirm the risk warning electronically.</source>
        <translation>客户须以电子方式确认风险揭示。</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="42"/>
        <source>a current risk assessment</source>
        <translation>有效的风险测评</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="44"/>
        <source>the signed special risk warning</source>
        <translation>签署的特别风险警示书</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="45"/>
        <source>the dual recording</source>
        <translation>双录文件</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="47"/>
        <source>the client&apos;s electronic confirmation</source>
        <translation>客户的电子确认</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="52"/>
        <source>not assessed</source>
        <translation>未测评</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="53"/>
        <source>C1 (lowest category)</source>
        <translation>C1（最低类别）</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="59"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="59"/>
        <source>medium-low</source>
        <translation>中低</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="60"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="60"/>
        <source>medium-high</source>
        <translation>中高</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="61"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="67"/>
        <source>Professional investor</source>
        <translation>专业投资者</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="68"/>
        <source>Ordinary investor</source>
        <translation>普通投资者</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="72"/>
        <source>We recommend it</source>
        <translation>我方推荐</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="73"/>
        <source>Marketing campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../src/api/suitability_words.cpp" line="74"/>
        <source>The client asks for it</source>
        <translation>客户主动要求</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AddAccountDialog</name>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="20"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="20"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="26"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="28"/>
        <source>6 to 20 digits</source>
        <translation>6至20位数字</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="29"/>
        <source>Account number:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="34"/>
        <source>Opened on:</source>
        <translation>开户日期：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="35"/>
        <source>The number is stored encrypted and shown masked (first 6 and last 4 digits).</source>
        <translation>账号加密存储，仅显示前6位和后4位。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AddRelationDialog</name>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="45"/>
        <source>Add household member or related party</source>
        <translation>添加家庭成员或关联方</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="45"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="54"/>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="59"/>
        <source>A client</source>
        <translation>本公司客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="61"/>
        <source>A person who is not a client</source>
        <translation>非客户人员</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="70"/>
        <source>Who:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="77"/>
        <source>Search by name or its pinyin, or an exact ID number or mobile number</source>
        <translation>按姓名或拼音搜索，或输入完整的证件号码、手机号码</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="80"/>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="101"/>
        <source>Type to search your clients</source>
        <translation>输入以搜索您的客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="88"/>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="91"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="118"/>
        <source>Choose the client</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="125"/>
        <source>No client in your book matches</source>
        <translation>您名下没有匹配的客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="133"/>
        <source>Search for the client and choose them from the list.</source>
        <translation>请搜索并从列表中选择客户。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AmlPage</name>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="18"/>
        <source>Cash, CNY 50,000</source>
        <translation>现金，人民币5万元</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="19"/>
        <source>Cash, USD 10,000</source>
        <translation>现金，1万美元</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="20"/>
        <source>Institution transfer, CNY 2,000,000</source>
        <translation>非自然人客户转账，人民币200万元</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="21"/>
        <source>Institution transfer, USD 200,000</source>
        <translation>非自然人客户转账，20万美元</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="22"/>
        <source>Individual domestic transfer, CNY 500,000</source>
        <translation>自然人客户境内转账，人民币50万元</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="23"/>
        <source>Individual domestic transfer, USD 100,000</source>
        <translation>自然人客户境内转账，10万美元</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="24"/>
        <source>Cross-border, natural person, CNY 200,000</source>
        <translation>涉及自然人的跨境转账，人民币20万元</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="25"/>
        <source>Cross-border, natural person, USD 10,000</source>
        <translation>涉及自然人的跨境转账，1万美元</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="30"/>
        <location filename="../src/gui/compliance/aml_page.cpp" line="45"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="31"/>
        <location filename="../src/gui/compliance/aml_page.cpp" line="47"/>
        <source>Filed</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="32"/>
        <location filename="../src/gui/compliance/aml_page.cpp" line="48"/>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="39"/>
        <source>Large-value reports</source>
        <translation>大额交易报告</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="46"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="49"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="50"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="52"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="58"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="65"/>
        <source>Raised when a client&apos;s cash or transfers of one day reach a threshold (inflows and outflows apart); due within 5 working days. Overdue reports are in red; a due date marked * is estimated because no working-day calendar was loaded for its year.</source>
        <translation>客户当日现金或转账（流入、流出分别计算）达到标准时生成；须在5个工作日内报送。逾期报告以红色显示；标有 * 的截止日期为估算值，因为该年度尚未导入工作日历。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Day</source>
        <translation>交易日</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="76"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="77"/>
        <source>Flows</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="77"/>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="94"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="98"/>
        <source>Filing reference, or why it is dismissed</source>
        <translation>报送编号，或排除的原因</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="100"/>
        <source>Mark filed</source>
        <translation>标记为已上报</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="102"/>
        <source>Dismiss</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="160"/>
        <source>In</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="160"/>
        <source>Out</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="172"/>
        <source>Estimated: no working-day calendar was loaded for this year</source>
        <translation>估算值：该年度尚未导入工作日历</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="178"/>
        <location filename="../src/gui/compliance/aml_page.cpp" line="236"/>
        <source>Loading...</source>
        <translation>正在加载……</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/aml_page.cpp" line="200"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/aml_page.cpp" line="202"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 份逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="254"/>
        <source>%1: %2 flow(s) on %3 totalling %4 %5. Flows: %6.</source>
        <translation>%1：%3 共 %2 笔，合计 %4 %5。流水：%6。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="258"/>
        <source>Closed: %1</source>
        <translation>已关闭：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="286"/>
        <source>Marked filed.</source>
        <translation>已标记为上报。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/aml_page.cpp" line="286"/>
        <source>Dismissed.</source>
        <translation>已排除。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ArchiveDialog</name>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="79"/>
        <source>Archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="79"/>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="80"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="80"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="84"/>
        <source>e.g. account closed, duplicate record (recorded)</source>
        <translation>例如：已销户、重复建档（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="85"/>
        <source>e.g. the client came back (recorded)</source>
        <translation>例如：客户重新回来（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="86"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="87"/>
        <source>An archived client leaves the lists but keeps every record; tick &quot;Show archived&quot; in the client list to find and restore them.</source>
        <translation>归档后客户不再出现在列表中，但所有记录都会保留；在客户列表中勾选“显示已归档”即可找到并恢复。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="89"/>
        <source>The client returns to the lists of whoever serves them.</source>
        <translation>客户将重新出现在服务人员的列表中。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AuditEventModel</name>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="16"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="17"/>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="18"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="23"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="24"/>
        <source>Team lead</source>
        <translation>团队负责人</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="25"/>
        <source>Branch manager</source>
        <translation>营业部负责人</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="26"/>
        <source>Compliance officer</source>
        <translation>合规专员</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="27"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="28"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="29"/>
        <source>Admin command line</source>
        <translation>管理命令行</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="42"/>
        <source>Viewed client</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="43"/>
        <source>Listed clients</source>
        <translation>浏览客户列表</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="44"/>
        <source>Searched clients</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="45"/>
        <source>Created client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="46"/>
        <source>Changed client</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="47"/>
        <source>Revealed a number</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="48"/>
        <source>Archived client</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="49"/>
        <source>Restored client</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="50"/>
        <source>Transferred clients</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="51"/>
        <source>Delegated a client</source>
        <translation>授权代管客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="52"/>
        <source>Changed a consent</source>
        <translation>变更授权同意</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="53"/>
        <source>Linked an account</source>
        <translation>关联账户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="54"/>
        <source>Added a related party</source>
        <translation>添加关联人</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="55"/>
        <source>Changed tags</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="56"/>
        <source>Imported clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="57"/>
        <source>Recorded a contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="58"/>
        <source>Corrected a contact</source>
        <translation>更正联系记录</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="59"/>
        <source>Read contacts</source>
        <translation>查看联系记录</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="60"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="61"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="62"/>
        <source>Sign-in while locked</source>
        <translation>锁定期间尝试登录</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="63"/>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="64"/>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="65"/>
        <source>Session expired</source>
        <translation>会话过期</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="66"/>
        <source>Changed password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="67"/>
        <source>Refused: no permission</source>
        <translation>拒绝：无权限</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="68"/>
        <source>Read the audit trail</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="69"/>
        <source>Opened an audit event</source>
        <translation>查看审计事件</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="70"/>
        <source>Verified the audit chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="71"/>
        <source>Exported audit events</source>
        <translation>导出审计事件</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="72"/>
        <source>Archived audit events</source>
        <translation>归档审计事件</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="73"/>
        <source>Risk assessment</source>
        <translation>风险测评</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="74"/>
        <source>Investor classification</source>
        <translation>投资者分类</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="75"/>
        <source>Suitability check</source>
        <translation>适当性检查</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="76"/>
        <source>Signed risk warning</source>
        <translation>签署风险警示书</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="77"/>
        <source>Dual recording</source>
        <translation>双录</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="78"/>
        <source>Recorded a sale</source>
        <translation>记录销售</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="79"/>
        <source>Viewed suitability</source>
        <translation>查看适当性</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="80"/>
        <source>Listed suitability exceptions</source>
        <translation>查看适当性例外</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="81"/>
        <source>Changed suitability settings</source>
        <translation>修改适当性设置</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="82"/>
        <source>Published a questionnaire</source>
        <translation>发布问卷</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="83"/>
        <source>Created product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="84"/>
        <source>Changed product</source>
        <translation>修改产品</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="85"/>
        <source>Viewed tier history</source>
        <translation>查看等级变化</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="86"/>
        <source>Created tier policy</source>
        <translation>新建分级方案</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="87"/>
        <source>Changed tier policy</source>
        <translation>修改分级方案</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="88"/>
        <source>Previewed tier policy</source>
        <translation>预览分级方案</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="89"/>
        <source>Activated tier policy</source>
        <translation>启用分级方案</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="90"/>
        <source>Recompute requested</source>
        <translation>发起重算</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="91"/>
        <source>Recompute finished</source>
        <translation>重算完成</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="92"/>
        <source>Imported positions</source>
        <translation>导入持仓</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="93"/>
        <source>Added demo clients</source>
        <translation>添加演示客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="94"/>
        <source>Rotated data keys</source>
        <translation>轮换数据密钥</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="95"/>
        <source>Created user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="96"/>
        <source>Locked user</source>
        <translation>锁定用户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="97"/>
        <source>Unlocked user</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="98"/>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="99"/>
        <source>Changed a role</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="100"/>
        <source>Created branch</source>
        <translation>新建营业部</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="101"/>
        <source>Created team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="102"/>
        <source>Server restarted its database</source>
        <translation>服务器重启了数据库</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="140"/>
        <source>Seq.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="141"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="142"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="143"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="144"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="145"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="146"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_event_model.cpp" line="147"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>crm::desktop::AuditTrailPage</name>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="28"/>
        <source>an event was altered</source>
        <translation>事件被篡改</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="29"/>
        <source>events are missing</source>
        <translation>事件缺失</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="30"/>
        <source>an event was inserted</source>
        <translation>插入了伪造事件</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="31"/>
        <source>events were reordered</source>
        <translation>事件顺序被调换</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="32"/>
        <source>the end of the trail was cut off</source>
        <translation>日志末尾被截断</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="33"/>
        <source>a signed checkpoint is invalid</source>
        <translation>签名检查点无效</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="50"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="61"/>
        <source>e.g. customer.reveal or auth.</source>
        <translation>例如 customer.reveal 或 auth.</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="64"/>
        <source>client name, or a record id</source>
        <translation>客户姓名或记录编号</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="67"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="70"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="71"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="72"/>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="73"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="74"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="78"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="84"/>
        <source>Apply filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="86"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="88"/>
        <source>Target:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="90"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="92"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="113"/>
        <source>Verify chain</source>
        <translation>校验链</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="115"/>
        <source>Export...</source>
        <translation>导出……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="157"/>
        <source>Select an event to see everything recorded with it.</source>
        <translation>选择一条事件，查看其全部记录内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="166"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 条事件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="206"/>
        <source>Loading...</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="223"/>
        <source>No client matches &quot;%1&quot;.</source>
        <translation>没有客户与“%1”匹配。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="224"/>
        <source>%n clients match &quot;%1&quot;: type more of the name.</source>
        <translation>
            <numerusform>有 %n 位客户与“%1”匹配，请输入更完整的姓名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="250"/>
        <source>No user named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="264"/>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="265"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="266"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="267"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="268"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="269"/>
        <source>User id</source>
        <translation>用户编号</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="270"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="271"/>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="272"/>
        <source>Request id</source>
        <translation>请求编号</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="273"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="274"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="275"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="276"/>
        <source>Previous hash</source>
        <translation>前一哈希</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="278"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="285"/>
        <source>Verifying the whole chain...</source>
        <translation>正在校验整条链……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="297"/>
        <source>Chain intact: %1 events and %2 signed checkpoints checked (sequence %3 to %4).</source>
        <translation>链完整：已校验 %1 条事件和 %2 个签名检查点（序号 %3 至 %4）。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="305"/>
        <source>Chain broken at sequence %1: %2. %3</source>
        <translation>链在序号 %1 处断裂：%2。%3</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="324"/>
        <source>Exporting audit events...</source>
        <translation>正在导出审计事件……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="324"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="326"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="338"/>
        <source>Exported %1 of %2 events...</source>
        <translation>已导出 %1 / %2 条事件……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="351"/>
        <source>Exported %1 events to %2.</source>
        <translation>已导出 %1 条事件到 %2。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/audit_trail_page.cpp" line="354"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ChangePasswordDialog</name>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="15"/>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="50"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="18"/>
        <source>Your password must be changed before you continue.</source>
        <translation>继续使用前必须修改密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="18"/>
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="21"/>
        <source>At least 10 characters, mixing three of: lower-case, upper-case, digits, symbols; not your user name; not one of your last 5 passwords.</source>
        <translation>至少 10 个字符，包含小写字母、大写字母、数字、符号中的三类；不得包含用户名；不得与最近 5 次密码相同。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="34"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="35"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="36"/>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="51"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="66"/>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="67"/>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/change_password_dialog.cpp" line="68"/>
        <source>The two new passwords do not match.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ConsentDialog</name>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="143"/>
        <source>Withdraw consent</source>
        <translation>撤回授权</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="143"/>
        <source>Record consent</source>
        <translation>记录授权</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="143"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="150"/>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="152"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="156"/>
        <source>The client agrees</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="158"/>
        <source>The client withdraws</source>
        <translation>客户撤回</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="166"/>
        <source>Decision:</source>
        <translation>客户意见：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="169"/>
        <source>signed form</source>
        <translation>书面签署</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="169"/>
        <source>recorded phone call</source>
        <translation>电话录音</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="169"/>
        <source>online confirmation</source>
        <translation>线上确认</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="170"/>
        <source>in person at the branch</source>
        <translation>营业部现场</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="171"/>
        <source>How the client said so:</source>
        <translation>客户表达方式：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="172"/>
        <source>Marketing consent is given per channel; a withdrawal stops marketing on that channel at once.</source>
        <translation>营销授权按渠道分别给出；撤回后该渠道的营销立即停止。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomerDetailDialog</name>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="33"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="66"/>
        <source>Reveal</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="72"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="73"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="74"/>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="75"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="76"/>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="77"/>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="78"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="79"/>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="80"/>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="81"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="82"/>
        <source>Account manager:</source>
        <translation>客户经理：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="90"/>
        <source>Edit tags...</source>
        <translation>编辑标签……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="96"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="106"/>
        <source>Why do you need to see it? (recorded)</source>
        <translation>查看原因（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="107"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="144"/>
        <source>Add account...</source>
        <translation>添加账户……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="146"/>
        <source>Add...</source>
        <translation>添加……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="148"/>
        <source>Record consent...</source>
        <translation>记录授权……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="150"/>
        <source>Withdraw...</source>
        <translation>撤回……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="161"/>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="162"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="164"/>
        <source>Holdings and AUM</source>
        <translation>持仓与资产</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="165"/>
        <source>Household</source>
        <translation>家庭与关联人</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="166"/>
        <source>Consents</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="168"/>
        <source>Interactions</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="172"/>
        <source>Suitability</source>
        <translation>适当性</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="175"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="175"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="175"/>
        <source>Policy</source>
        <translation>分级策略</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="175"/>
        <source>What decided it</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="178"/>
        <source>Tier history</source>
        <translation>等级变化</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="200"/>
        <source>Edit...</source>
        <translation>编辑……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="206"/>
        <source>Stand-in...</source>
        <translation>指定代理……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="208"/>
        <source>Let another account manager serve this client for a while</source>
        <translation>让另一位客户经理临时服务该客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="229"/>
        <source>AUM</source>
        <translation>资产规模</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="230"/>
        <source>average AUM (3 months)</source>
        <translation>近3个月日均资产</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="231"/>
        <source>commission (12 months)</source>
        <translation>近12个月佣金</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="232"/>
        <source>trades (90 days)</source>
        <translation>近90天交易笔数</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="233"/>
        <source>days since the last trade</source>
        <translation>距上次交易天数</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="234"/>
        <source>net cash flow (3 months)</source>
        <translation>近3个月净流入</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="236"/>
        <source>days since the last contact</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="252"/>
        <source>never</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="257"/>
        <source>%1 v%2%3</source>
        <translation>%1 第%2版%3</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="257"/>
        <source> (recompute)</source>
        <translation>（重算）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="257"/>
        <source> (new data)</source>
        <translation>（数据变化）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="308"/>
        <source>%1 (expired %2)</source>
        <translation>%1（%2 已过期）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="309"/>
        <source>%1 (until %2)</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="311"/>
        <source>Tier %1 · Risk %2 · AUM %3 · %4</source>
        <translation>等级 %1 · 风险 %2 · 资产 %3 · %4</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="315"/>
        <source> · Archived</source>
        <translation> · 已归档</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="317"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="318"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="319"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="320"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="332"/>
        <source>%1 (rule)</source>
        <translation>%1（规则）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="337"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="364"/>
        <source>Restore...</source>
        <translation>恢复……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="364"/>
        <source>Archive...</source>
        <translation>归档……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="365"/>
        <source>No linked accounts yet.</source>
        <translation>尚未关联账户。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="366"/>
        <source>No consent recorded: the client receives no marketing.</source>
        <translation>尚无授权记录：不向该客户发送营销信息。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="367"/>
        <source>No household members or related parties recorded.</source>
        <translation>尚未登记家庭成员或关联方。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="374"/>
        <source>Reveal %1:</source>
        <translation>查看%1：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="375"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="376"/>
        <source>mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="377"/>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="378"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_detail_dialog.cpp" line="387"/>
        <source>Say why you need to see it; the reason is recorded.</source>
        <translation>请说明查看原因，原因将被记录。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomerListModel</name>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="58"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="59"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="60"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="61"/>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="35"/>
        <source>C1 (lowest)</source>
        <translation>C1（最低类别）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="33"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="38"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="67"/>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="67"/>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="73"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="74"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="75"/>
        <source>AUM (yuan)</source>
        <translation>资产（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="76"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="77"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="78"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="79"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customer_list_model.cpp" line="80"/>
        <source>District</source>
        <translation>所在区域</translation>
    </message>
</context>
<context>
    <name>crm::desktop::CustomersPage</name>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="45"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="213"/>
        <source>No client in your book matches these filters. Clear them to see every client.</source>
        <translation>没有客户符合这些筛选条件。清除筛选即可查看所有客户。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="273"/>
        <source>Team clients</source>
        <translation>团队客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="274"/>
        <source>Branch clients</source>
        <translation>营业部客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="275"/>
        <source>All clients</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="276"/>
        <source>My clients</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="134"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="33"/>
        <source>Search by name or its pinyin (wangwei, ww), the last 4 digits of a mobile, or a complete ID number or mobile number</source>
        <translation>按姓名或拼音（如 wangwei、ww）、手机尾号 4 位，或完整的证件号码、手机号码搜索</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="109"/>
        <source>New client...</source>
        <translation>新建客户……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="117"/>
        <source>Transfer clients...</source>
        <translation>移交客户……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="139"/>
        <source>Any tier</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="140"/>
        <source>Tier A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="141"/>
        <source>Tier B</source>
        <translation>B 级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="142"/>
        <source>Tier C</source>
        <translation>C 级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="143"/>
        <source>Tier D</source>
        <translation>D 级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="144"/>
        <source>Any risk level</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="145"/>
        <source>C1 (lowest)</source>
        <translation>C1（最低类别）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="150"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="153"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="161"/>
        <source>Any account manager</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="167"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="212"/>
        <source>There are no clients in your book yet.</source>
        <translation>您名下还没有客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/customers_page.cpp" line="218"/>
        <source>Many clients match; %n shown. Type more of the name or its pinyin.</source>
        <translation>
            <numerusform>匹配的客户很多，仅显示 %n 位。请输入更多姓名或拼音。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/customers_page.cpp" line="219"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="222"/>
        <source>No client in your book matches &quot;%1&quot;. Search by part of a name or its pinyin, the last 4 digits of a mobile, or a complete ID number or mobile number.</source>
        <translation>您名下没有与“%1”匹配的客户。可按姓名的一部分或拼音、手机尾号 4 位，或完整的证件号码、手机号码搜索。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/customers_page.cpp" line="268"/>
        <source>%1 clients</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/customers_page.cpp" line="318"/>
        <source>%n client(s) transferred.</source>
        <translation>
            <numerusform>已移交 %n 位客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::desktop::DelegationDialog</name>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="38"/>
        <source>Stand-in for %1</source>
        <translation>为 %1 指定代理人</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="38"/>
        <source>Delegate</source>
        <translation>指定</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="43"/>
        <source>Choose an account manager</source>
        <translation>请选择客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="44"/>
        <source>Stand-in:</source>
        <translation>代理人：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="51"/>
        <source>Until (inclusive):</source>
        <translation>截止日期（含当天）：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="52"/>
        <source>e.g. annual leave 1-14 March (recorded)</source>
        <translation>例如：3月1日至14日年假（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="53"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="54"/>
        <source>The stand-in may serve this client until the end of that day; then the access ends by itself.</source>
        <translation>代理人可服务该客户至当天结束，之后权限自动终止。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="69"/>
        <source>Choose who stands in.</source>
        <translation>请选择代理人。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::EditCustomerDialog</name>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="20"/>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="28"/>
        <source>Someone else saved this client after you opened it. Reload the latest version; what you typed stays.</source>
        <translation>您打开后，他人已保存了该客户的修改。请重新加载最新版本，您输入的内容会保留。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="31"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="40"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="41"/>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="42"/>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="43"/>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="44"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="64"/>
        <source>Masked fields stay as they are unless you type a new value.</source>
        <translation>脱敏字段不会改变，除非您输入新值。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="74"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="95"/>
        <source>unchanged (%1)</source>
        <translation>不变（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="95"/>
        <source>not on record</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="144"/>
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="173"/>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>请更正标红的字段，本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/edit_customer_dialog.cpp" line="187"/>
        <source>Reloaded the latest version. Your changes are kept: check them and save again.</source>
        <translation>已加载最新版本，您的修改已保留：请检查后再次保存。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ExceptionsPage</name>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="177"/>
        <source>Suitability exceptions</source>
        <translation>适当性异常</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="190"/>
        <source>Only not yet reviewed</source>
        <translation>仅显示未复核</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="195"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="223"/>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="228"/>
        <source>Mark reviewed...</source>
        <translation>标记已复核……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="234"/>
        <source>Export CSV...</source>
        <translation>导出 CSV……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="239"/>
        <source>Export suitability exceptions</source>
        <translation>导出适当性异常</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="243"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="252"/>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="256"/>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="269"/>
        <source>Loading...</source>
        <translation>正在加载……</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="260"/>
        <source>%n shown, more below</source>
        <translation>
            <numerusform>已显示 %n 条，向下滚动加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="261"/>
        <source>%n in total</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="311"/>
        <source>Exporting...</source>
        <translation>正在导出……</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="324"/>
        <source>Exported %n exception(s).</source>
        <translation>
            <numerusform>已导出 %n 条异常。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="331"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ExportDialog</name>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="20"/>
        <source>Export audit events</source>
        <translation>导出审计事件</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="23"/>
        <source>The events matching the current filter are exported. The export and its reason are recorded in the audit trail.</source>
        <translation>将导出符合当前筛选条件的事件。导出操作及其原因会记录在审计日志中。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="31"/>
        <source>e.g. regulator request 2026-17</source>
        <translation>例如 监管调阅 2026-17</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="32"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="35"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="36"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="37"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="41"/>
        <source>Browse...</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="44"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="51"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="65"/>
        <source>Save the export as</source>
        <translation>导出文件另存为</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="84"/>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/export_dialog.cpp" line="85"/>
        <source>Choose where to save the file.</source>
        <translation>请选择保存位置。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::FormDialog</name>
    <message>
        <location filename="../src/gui/common/form_dialog.cpp" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/common/form_dialog.cpp" line="128"/>
        <location filename="../src/gui/common/form_dialog.cpp" line="170"/>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>请更正标红的字段，尚未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::HoldingsTab</name>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="40"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="40"/>
        <source>Market value (yuan)</source>
        <translation>市值（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="40"/>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="50"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="49"/>
        <source>Futures account</source>
        <translation>期货账户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="49"/>
        <source>Equity (yuan)</source>
        <translation>客户权益（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="49"/>
        <source>Available (yuan)</source>
        <translation>可用资金（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="50"/>
        <source>Margin in use (yuan)</source>
        <translation>占用保证金（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="50"/>
        <source>Margin ratio</source>
        <translation>保证金比例</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="62"/>
        <source>AUM %1 yuan on %2</source>
        <translation>资产 %1 元（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="63"/>
        <source>No AUM on record yet.</source>
        <translation>尚无资产记录。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="66"/>
        <source>cash %1 yuan on %2</source>
        <translation>现金 %1 元（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/holdings_tab.cpp" line="69"/>
        <source>%n trade(s) in 90 days</source>
        <translation>
            <numerusform>近90天交易 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="71"/>
        <source>last trade %1</source>
        <translation>最近交易 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="71"/>
        <source>never traded</source>
        <translation>尚无交易</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="72"/>
        <source>commission (12 months) %1 yuan</source>
        <translation>近12个月佣金 %1 元</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="73"/>
        <source>net cash flow (3 months) %1 yuan</source>
        <translation>近3个月资金净流入 %1 元</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="77"/>
        <source>Daily AUM (10,000 yuan)</source>
        <translation>每日资产（万元）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="90"/>
        <source>AUM over the last 12 months (10,000 yuan)</source>
        <translation>近12个月资产（万元）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="127"/>
        <source>no margin in use</source>
        <translation>无保证金占用</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="128"/>
        <source>below the margin-call line</source>
        <translation>低于追保线</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/holdings_tab.cpp" line="129"/>
        <source>(all futures accounts)</source>
        <translation>（全部期货账户）</translation>
    </message>
</context>
<context>
    <name>crm::desktop::InteractionDialog</name>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="28"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="29"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="30"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="31"/>
        <source>Meeting</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="32"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="33"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="34"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="42"/>
        <source>Correct an interaction</source>
        <translation>更正联系记录</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="42"/>
        <source>Add an interaction</source>
        <translation>新增联系记录</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="51"/>
        <source>Recorded:</source>
        <translation>原记录：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="58"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="64"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="68"/>
        <source>What was discussed, agreed or sent</source>
        <translation>沟通、约定或发送的内容</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="71"/>
        <source>Corrected note:</source>
        <translation>更正后内容：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="71"/>
        <source>Note:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="75"/>
        <source>Agreed to follow up on</source>
        <translation>约定跟进日期</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="87"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="92"/>
        <source>Why it is corrected (kept with the record)</source>
        <translation>更正原因（随记录保存）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="93"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="104"/>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="104"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="105"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>crm::desktop::InteractionsTab</name>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="170"/>
        <source>Add...</source>
        <translation>新增……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="172"/>
        <source>Correct...</source>
        <translation>更正……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="176"/>
        <source>Send message...</source>
        <translation>发送消息……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="178"/>
        <source>A templated SMS or e-mail through the firm&apos;s channels; the outcome shows here.</source>
        <translation>通过公司配置的渠道发送模板短信或邮件；发送结果会记录在这里。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="191"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="203"/>
        <source>Select a record to read it in full.</source>
        <translation>选择一条记录查看全文。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="215"/>
        <source>Loading...</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="233"/>
        <source>Correction: %1 (reason: %2)</source>
        <translation>更正：%1（原因：%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="242"/>
        <source>%1 (corrected later)</source>
        <translation>%1（已更正）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="253"/>
        <source>No interactions recorded yet.</source>
        <translation>尚无联系记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/interactions_tab.cpp" line="254"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 条联系记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="268"/>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · 记录人 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="270"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="272"/>
        <source>Next step on %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="273"/>
        <source>This corrects an earlier record; reason: %1</source>
        <translation>此条更正了之前的记录，原因：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="277"/>
        <source>Corrected on %1 by %2: %3</source>
        <translation>%1 由 %2 更正为：%3</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/interactions_tab.cpp" line="316"/>
        <source>Message queued: it leaves within seconds; its outcome is recorded here.</source>
        <translation>消息已排队：几秒内发出，发送结果会记录在此。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="27"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="28"/>
        <source>Team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="29"/>
        <source>Branch manager</source>
        <translation>营业部负责人</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="30"/>
        <source>Compliance officer</source>
        <translation>合规专员</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="31"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="37"/>
        <source>Securities CRM Workstation</source>
        <translation>证券客户关系管理工作台</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="40"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="41"/>
        <source>Change &amp;password...</source>
        <translation>修改密码(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="43"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="63"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="86"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="101"/>
        <source>Tiering</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="109"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="116"/>
        <source>Suitability exceptions</source>
        <translation>适当性异常</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="123"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="127"/>
        <source>Large-value reports</source>
        <translation>大额交易报告</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="131"/>
        <source>Watch-list hits</source>
        <translation>名单命中</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="135"/>
        <source>AML risk ratings</source>
        <translation>反洗钱风险等级</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="187"/>
        <source>Your clients page by page: search by name, ID or mobile number, filter, sort, open a client&apos;s 360 view.</source>
        <translation>分页浏览您的客户：按姓名、证件号或手机号搜索，筛选、排序，打开客户360视图。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="190"/>
        <source>Tier policies: edit the rules as a draft, preview what they would change, activate, recompute.</source>
        <translation>分级策略：以草稿编辑规则，预览变化，启用并重算。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="192"/>
        <source>Every access to client data: filter, read an event, verify the chain, export with a reason.</source>
        <translation>所有客户数据访问记录：筛选、查看事件、校验链、填写原因后导出。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="194"/>
        <source>Every message sent to clients and staff: delivered, retrying, dead letters, stopped for consent.</source>
        <translation>发给客户和员工的所有消息：已送达、重试中、死信、因撤回授权而停止。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="196"/>
        <source>Large-value transactions to report to the regulator: due dates, overdue ones in red, file or dismiss.</source>
        <translation>须向监管报送的大额交易：截止日期、逾期标红、上报或排除。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="198"/>
        <source>Clients whose names match the PEP or sanctions lists: confirm the match or clear it, with a reason.</source>
        <translation>姓名与政要（PEP）或制裁名单相符的客户：确认命中或排除，并填写理由。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="200"/>
        <source>Clients&apos; anti-money-laundering risk ratings: reviews due, overdue ones in red, re-rate with a reason.</source>
        <translation>客户反洗钱风险等级：到期复评、逾期以红色显示，填写理由后重新评级。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="202"/>
        <source>Sales against a mismatch or to special-care clients, assessments about to expire, holdings above a client&apos;s level.</source>
        <translation>不匹配销售、特殊关注客户的销售、即将到期的风险测评、超出客户等级的持仓。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/main_window.cpp" line="217"/>
        <source>Signed in as %1 (%2), %3</source>
        <translation>当前用户：%1（%2），%3</translation>
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
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="17"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="18"/>
        <location filename="../src/gui/compliance/messages_page.cpp" line="62"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="19"/>
        <source>Dead letter</source>
        <translation>死信</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="21"/>
        <source>Stopped (no consent)</source>
        <translation>已停止（无授权）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="28"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="34"/>
        <source>All messages</source>
        <translation>全部消息</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="37"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="39"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="45"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="52"/>
        <source>Dead letters failed every try. An administrator requeues or cancels them with crm-admin outbox retry|cancel (see the admin guide).</source>
        <translation>死信是每次尝试都失败的消息。由管理员用 crm-admin outbox retry|cancel 重新排队或取消（见管理员指南）。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="61"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="62"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="62"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="91"/>
        <source>Loading...</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="104"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="104"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/messages_page.cpp" line="106"/>
        <source>(staff)</source>
        <translation>（员工）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/messages_page.cpp" line="117"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::desktop::NewClientDialog</name>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="12"/>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="12"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="16"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="17"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="18"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="19"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="21"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="22"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="23"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="24"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="25"/>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="26"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（选填）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="28"/>
        <source>No ID yet</source>
        <translation>暂无证件</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="29"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="30"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="31"/>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="32"/>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="33"/>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="34"/>
        <source>ID type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="35"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="36"/>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="37"/>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="38"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="39"/>
        <source>District:</source>
        <translation>区县：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="39"/>
        <source>e.g. 浦东新区</source>
        <translation>例如：浦东新区</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="40"/>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="41"/>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Branch walk-in</source>
        <translation>营业部到访</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Online sign-up</source>
        <translation>线上开户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="46"/>
        <source>Bank partner</source>
        <translation>银行渠道</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="47"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="52"/>
        <source>Choose an account manager</source>
        <translation>请选择客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="53"/>
        <source>Account manager:</source>
        <translation>客户经理：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="71"/>
        <source>The client starts as a prospect. The ID number, mobile, e-mail and address are stored encrypted and shown masked.</source>
        <translation>新客户状态为潜在客户。证件号、手机、邮箱和地址加密存储，脱敏显示。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/new_client_dialog.cpp" line="95"/>
        <source>Choose the account manager who will serve this client.</source>
        <translation>请选择服务该客户的客户经理。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::PolicyEditorDialog</name>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="27"/>
        <source>Assets under management (yuan)</source>
        <translation>资产规模（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="28"/>
        <source>Average AUM, last 3 months (yuan)</source>
        <translation>近3个月日均资产（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="29"/>
        <source>Commission, last 12 months (yuan)</source>
        <translation>近12个月佣金（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="30"/>
        <source>Net cash flow, last 3 months (yuan)</source>
        <translation>近3个月资金净流入（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="31"/>
        <source>Trades in the last 90 days</source>
        <translation>近90天交易笔数</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="32"/>
        <source>Days since the last trade</source>
        <translation>距上次交易天数</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="33"/>
        <source>Days since the last contact</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="41"/>
        <source>Edit %1 v%2 (draft)</source>
        <translation>编辑 %1 第%2版（草稿）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="42"/>
        <source>New draft of %1 from v%2</source>
        <translation>基于 %1 第%2版新建草稿</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="46"/>
        <source>Tiers are tried from the top: a client gets the first tier whose condition holds, and the last tier takes everyone else. Saving changes no client; activating the draft does.</source>
        <translation>等级自上而下依次匹配：客户归入第一个条件成立的等级，最后一个等级容纳其余所有客户。保存不会改变任何客户的等级，启用草稿后才会生效。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="48"/>
        <source>This policy is not a draft. Your changes are saved as a new draft version, which you can preview and activate.</source>
        <translation>此策略不是草稿。您的修改将另存为新的草稿版本，可先预览再启用。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="56"/>
        <source>Policy name:</source>
        <translation>策略名称：</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="65"/>
        <source>Tiers, best first:</source>
        <translation>等级（由高到低）：</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="68"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="70"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="72"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="74"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="81"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="87"/>
        <source>e.g. A</source>
        <translation>例如 A</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="93"/>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="97"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="98"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="99"/>
        <source>Tier name:</source>
        <translation>等级名称：</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="100"/>
        <source>Contact at least every:</source>
        <translation>联系频率（至少每）：</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="101"/>
        <source>Review at least every:</source>
        <translation>回顾频率（至少每）：</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="103"/>
        <source>The last tier is the default: every client no tier above matches.</source>
        <translation>最后一个等级为默认等级：容纳未匹配以上任何等级的客户。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="113"/>
        <source>all of these hold</source>
        <translation>以下条件全部满足</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="114"/>
        <source>any of these holds</source>
        <translation>以下条件任一满足</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="115"/>
        <source>A client is in this tier when</source>
        <translation>客户归入此等级的条件：</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="121"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="121"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="121"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="129"/>
        <source>Add comparison</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="131"/>
        <source>Remove comparison</source>
        <translation>删除条件</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="139"/>
        <source>A nested condition, kept as written (JSON, see the administrator&apos;s guide)</source>
        <translation>嵌套条件，按原样保留（JSON，参见管理员指南）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="152"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="154"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="154"/>
        <source>Save as new draft</source>
        <translation>另存为新草稿</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="167"/>
        <source>New tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="214"/>
        <source>The server finds no problem in this policy.</source>
        <translation>服务器检查通过，此策略没有问题。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="243"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="265"/>
        <source>e.g. -500000.00 or 500000.00 (yuan)</source>
        <translation>例如 -500000.00 或 500000.00（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="267"/>
        <source>e.g. 500000.00 (yuan, not negative)</source>
        <translation>例如 500000.00（元，不能为负）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="269"/>
        <source>0 to 100000</source>
        <translation>0 至 100000</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="271"/>
        <source>0 to 36500 days</source>
        <translation>0 至 36500 天</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="445"/>
        <source>Nothing has changed, so there is nothing to save.</source>
        <translation>没有任何修改，无需保存。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="339"/>
        <source>Tier %1 (%2)</source>
        <translation>第%1个等级（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="342"/>
        <source>, code</source>
        <translation>，代码</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="344"/>
        <source>, name</source>
        <translation>，名称</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="346"/>
        <source>, contact interval</source>
        <translation>，联系频率</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="348"/>
        <source>, review interval</source>
        <translation>，回顾频率</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="350"/>
        <source>, comparison %1</source>
        <translation>，第%1个条件</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="353"/>
        <source> (metric)</source>
        <translation>（指标）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="355"/>
        <source> (comparison)</source>
        <translation>（比较）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="357"/>
        <source> (value)</source>
        <translation>（数值）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="359"/>
        <source>, condition</source>
        <translation>，条件</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="362"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="364"/>
        <source>Policy name</source>
        <translation>策略名称</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="372"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="374"/>
        <source>is required (at most 200 characters)</source>
        <translation>为必填项（最多200个字符）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="376"/>
        <source>must be 1 to 3660 days</source>
        <translation>须为1至3660天</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="378"/>
        <source>use 1 to 20 capital letters, digits or _</source>
        <translation>请使用1至20个大写字母、数字或下划线</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="380"/>
        <source>is used by another tier</source>
        <translation>已被其他等级使用</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="382"/>
        <source>a policy has 2 to 20 tiers</source>
        <translation>一个策略须有2至20个等级</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="384"/>
        <source>must be an amount in yuan with at most 2 decimals, e.g. 500000.00</source>
        <translation>须为以元为单位、最多两位小数的金额，例如 500000.00</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="386"/>
        <source>must be a whole number</source>
        <translation>须为整数</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="388"/>
        <source>choose a comparison</source>
        <translation>请选择比较方式</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/policy_editor_dialog.cpp" line="390"/>
        <source>choose a metric</source>
        <translation>请选择指标</translation>
    </message>
</context>
<context>
    <name>crm::desktop::QuestionnaireWizard</name>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="47"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="57"/>
        <source>Submit again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="87"/>
        <source>Risk assessment: %1</source>
        <translation>风险测评：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="92"/>
        <source>Risk tolerance questionnaire</source>
        <translation>风险承受能力评估问卷</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="94"/>
        <source>Loading the questionnaire...</source>
        <translation>正在加载问卷……</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="118"/>
        <source>Go through the %n question(s) with the client and choose the answer the client gives. The server scores the answers; the result is the client&apos;s risk level for the validity period set by compliance.</source>
        <translation>
            <numerusform>请与客户逐一完成 %n 道题目，选择客户给出的答案。服务器评分后，结果即为客户在合规设定的有效期内的风险等级。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="126"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="166"/>
        <source>Scoring the answers...</source>
        <translation>正在评分……</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="182"/>
        <source>Risk level: %1 (score %2). Valid until %3.</source>
        <translation>风险等级：%1（得分 %2），有效期至 %3。</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/questionnaire_wizard.cpp" line="188"/>
        <source>The client cannot accept any loss: only the lowest-risk (R1) products are suitable.</source>
        <translation>客户不能承受任何损失：只适合最低风险（R1）产品。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::RateClientDialog</name>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="107"/>
        <source>Rate a client</source>
        <translation>为客户评级</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="113"/>
        <source>Name, ID number or mobile number</source>
        <translation>姓名、证件号码或手机号</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="114"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="125"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="125"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="125"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="125"/>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="135"/>
        <source>Reason for this rating (what the review found)</source>
        <translation>评级理由（复评发现）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="137"/>
        <source>Rating:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="145"/>
        <source>Rate</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="171"/>
        <source>Searching...</source>
        <translation>正在查找……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="184"/>
        <source>No client found.</source>
        <translation>未找到客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="185"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="209"/>
        <source>This client is already rated: re-review the rating in the list.</source>
        <translation>该客户已有评级：请在列表中复评。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::ReviewExceptionDialog</name>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="365"/>
        <source>Review: %1</source>
        <translation>复核：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="365"/>
        <source>Mark reviewed</source>
        <translation>标记已复核</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="372"/>
        <source>Exception:</source>
        <translation>异常：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="376"/>
        <source>What you checked and concluded, e.g. signed warning and recording on file, client called back (recorded)</source>
        <translation>核查内容与结论，例如：风险警示书与双录齐全，已电话回访（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="380"/>
        <source>Note:</source>
        <translation>复核意见：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="381"/>
        <source>Reviewed before: %1</source>
        <translation>此前复核：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="382"/>
        <source>The note is kept with your name on the audit trail; a later review adds to it.</source>
        <translation>复核意见连同您的姓名记入审计日志；再次复核会追加记录。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::RiskRatingsPage</name>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="19"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="20"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="21"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="28"/>
        <source>AML risk ratings</source>
        <translation>反洗钱风险等级</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="34"/>
        <source>Due for review</source>
        <translation>待复评</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="35"/>
        <source>All rated clients</source>
        <translation>全部已评级客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="36"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="38"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="41"/>
        <source>Rate a client...</source>
        <translation>为客户评级……</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="46"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="55"/>
        <source>Each rating is reviewed again by its date (by default every 6 months for high risk, 24 for medium, 36 for low; the administrator sets the periods). Overdue reviews are in red. A confirmed watch-list match rates the client high. To re-review, select the client, keep or change the rating, give the reason and save: the next review date moves on.</source>
        <translation>每个风险等级须按期复评（默认高风险每 6 个月、中风险每 24 个月、低风险每 36 个月，周期由管理员设定）。逾期复评以红色显示。名单命中经确认后客户自动评为高风险。复评时选中客户，保留或调整等级，填写理由并保存，下次复评日期随之顺延。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Next review</source>
        <translation>下次复评</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Rating</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Rated by</source>
        <translation>评级人</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="68"/>
        <source>Rated on</source>
        <translation>评级日期</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="78"/>
        <source>Reason for this rating (what the review found)</source>
        <translation>评级理由（复评发现）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="80"/>
        <source>Save rating</source>
        <translation>保存评级</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="82"/>
        <source>Rating:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="250"/>
        <source>Loading...</source>
        <translation>正在加载……</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="269"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="270"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/risk_ratings_page.cpp" line="314"/>
        <source>Saved: next review %1.</source>
        <translation>已保存：下次复评 %1。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SendMessageDialog</name>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="18"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="19"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="20"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="29"/>
        <source>Marketing (needs the client&apos;s consent on the channel)</source>
        <translation>营销（需客户在该渠道的授权）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="30"/>
        <source>Service notice</source>
        <translation>服务通知</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="37"/>
        <source>Send a message to %1</source>
        <translation>向 %1 发送消息</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="37"/>
        <source>the client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="43"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="46"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="47"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="48"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="51"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="54"/>
        <source>What the message says (fills {{text}} in the template)</source>
        <translation>消息内容（填入模板中的 {{text}}）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="56"/>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="60"/>
        <source>The client reads:</source>
        <translation>客户收到：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="73"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="84"/>
        <source>Loading the channels...</source>
        <translation>正在加载渠道……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="96"/>
        <source>No channel reaches clients yet. An administrator configures them (admin guide).</source>
        <translation>尚无可发给客户的渠道，需由管理员配置（见管理员指南）。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="111"/>
        <source>%1 (marketing: needs consent)</source>
        <translation>%1（营销：需客户授权）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="112"/>
        <source>%1 (service)</source>
        <translation>%1（服务）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/send_message_dialog.cpp" line="148"/>
        <source>%1 of %2 bytes the channel takes</source>
        <translation>%1 / %2 字节（渠道上限）</translation>
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
        <source>A new language applies at once, from the sign-in window on.</source>
        <translation>新的界面语言立即生效（从登录窗口开始）。</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="47"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settings_dialog.cpp" line="47"/>
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
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="131"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="86"/>
        <source>Settings...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="103"/>
        <source>Enter the server address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="108"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="113"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/sign_in_dialog.cpp" line="129"/>
        <source>Signing in...</source>
        <translation>正在登录...</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SuitabilityCheckDialog</name>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="52"/>
        <source>Product suitability: %1</source>
        <translation>产品适当性：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="57"/>
        <source>Loading products...</source>
        <translation>正在加载产品……</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="64"/>
        <source>In a branch</source>
        <translation>营业部现场</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="65"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="66"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="70"/>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="71"/>
        <source>Who proposes it:</source>
        <translation>由谁提出：</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="72"/>
        <source>Where:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="87"/>
        <source>Evidence required before the sale</source>
        <translation>销售前须提供的证明</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="92"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="94"/>
        <source>Who recorded it</source>
        <translation>录制人</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="102"/>
        <source>Attach file...</source>
        <translation>附加文件……</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="123"/>
        <source>Amount in yuan, e.g. 50000.00</source>
        <translation>金额（元），如 50000.00</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="126"/>
        <source>Record sale</source>
        <translation>登记销售</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="130"/>
        <source>Subscription:</source>
        <translation>认购：</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="209"/>
        <source>Choose a product and check it before any sale.</source>
        <translation>销售前请选择产品并进行适当性检查。</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="219"/>
        <source>Client: %1, %2. Product: %3.</source>
        <translation>客户：%1，%2。产品：%3。</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="224"/>
        <source>Do a new risk assessment with the client first.</source>
        <translation>请先为客户重新进行风险测评。</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="232"/>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="283"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="232"/>
        <source>attached ✓</source>
        <translation>已附加 ✓</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="250"/>
        <source>computing SHA-256...</source>
        <translation>正在计算 SHA-256……</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="277"/>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="290"/>
        <source>%1 recorded (SHA-256 %2...).</source>
        <translation>已记录%1（SHA-256 %2……）。</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="294"/>
        <source>branch staff</source>
        <translation>营业部员工</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_check_dialog.cpp" line="325"/>
        <source>Sale recorded: %1 %2.</source>
        <translation>已登记销售：%1 %2。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SuitabilityExceptionModel</name>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="48"/>
        <source>Sales against a mismatch</source>
        <translation>不匹配销售</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="49"/>
        <source>Sales to special-care clients</source>
        <translation>需特别关注的销售</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="50"/>
        <source>Assessments expiring within 30 days</source>
        <translation>30天内到期的风险测评</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="51"/>
        <source>Holdings above the client&apos;s level</source>
        <translation>持仓高于客户风险等级</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="71"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="66"/>
        <source>C1 (lowest)</source>
        <translation>C1（最低类别）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="87"/>
        <source>Not reviewed</source>
        <translation>未复核</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="103"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="104"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="105"/>
        <source>Exception</source>
        <translation>异常类型</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="106"/>
        <source>Client level</source>
        <translation>客户风险等级</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="107"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="109"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="109"/>
        <source>Market value (yuan)</source>
        <translation>市值（元）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="111"/>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="112"/>
        <source>Holding as of</source>
        <translation>持仓日期</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="113"/>
        <source>Sold at</source>
        <translation>销售时间</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/exceptions_page.cpp" line="114"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
</context>
<context>
    <name>crm::desktop::SuitabilityTab</name>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="32"/>
        <source>New risk assessment...</source>
        <translation>新的风险测评……</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="34"/>
        <source>Check a product...</source>
        <translation>检查产品……</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="45"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="45"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="45"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="78"/>
        <source>Risk level: not assessed</source>
        <translation>风险等级：未测评</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="81"/>
        <source>Risk level %1, expired on %2</source>
        <translation>风险等级 %1，已于 %2 过期</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="84"/>
        <source>Risk level %1, valid until %2</source>
        <translation>风险等级 %1，有效期至 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="91"/>
        <source>Assessments (%1)</source>
        <translation>测评（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="94"/>
        <source>score %1, questionnaire v%2, valid until %3%4</source>
        <translation>得分 %1，问卷第 %2 版，有效期至 %3%4</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="97"/>
        <source> (expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="98"/>
        <source>Checks (%1)</source>
        <translation>检查（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="107"/>
        <source>Sales (%1)</source>
        <translation>销售（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="110"/>
        <source>at the client&apos;s request, above level</source>
        <translation>客户主动要求，超出等级</translation>
    </message>
    <message>
        <location filename="../src/gui/suitability/suitability_tab.cpp" line="111"/>
        <source>special care</source>
        <translation>特别关注</translation>
    </message>
</context>
<context>
    <name>crm::desktop::TagsDialog</name>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="205"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="205"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="216"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="223"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="229"/>
        <source>A new tag, e.g. 高净值 or 退休规划</source>
        <translation>新标签，例如：高净值、退休规划</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="230"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="236"/>
        <source>New tag:</source>
        <translation>新标签：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="238"/>
        <source>The tier rules keep no tags on this client.</source>
        <translation>分级规则未给该客户设置标签。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_record_dialogs.cpp" line="239"/>
        <source>Kept by the tier rules (not edited here): %1</source>
        <translation>由分级规则维护（此处不可编辑）：%1</translation>
    </message>
</context>
<context>
    <name>crm::desktop::TieringPage</name>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="30"/>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="31"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="32"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="41"/>
        <source>Tiering</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="48"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="53"/>
        <source>Activate...</source>
        <translation>启用……</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="56"/>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="144"/>
        <source>Edit rules...</source>
        <translation>编辑规则……</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="59"/>
        <source>Recompute now...</source>
        <translation>立即重算……</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Policy</source>
        <translation>分级策略</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="72"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="112"/>
        <source>Activate %1 v%2</source>
        <translation>启用 %1 第%2版</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="113"/>
        <source>Activating replaces the policy in force and recomputes every client&apos;s tier. Why? (recorded)</source>
        <translation>启用后将替换现行策略并重算所有客户的等级。原因？（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="120"/>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="197"/>
        <source>Recompute tiers</source>
        <translation>重算等级</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="120"/>
        <source>Recompute every client&apos;s tier now. Why? (recorded)</source>
        <translation>立即重算所有客户的等级。原因？（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="141"/>
        <source>You wrote or last changed this draft: a second person activates it.</source>
        <translation>此草稿由您编写或最后修改，须由另一人启用。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="144"/>
        <source>New draft from this...</source>
        <translation>基于此新建草稿……</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="161"/>
        <source>Saved %1 v%2 as a draft. Preview it; a second person activates it when it is right.</source>
        <translation>已将 %1 v%2 保存为草稿。请先预览；确认无误后由另一人启用。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="355"/>
        <source>Rows: the tier now. Columns: the tier with this policy, best first. Red: moved down (less service); green: moved up.</source>
        <translation>行：当前等级。列：按此方案的等级（由高到低）。红色：降级（服务减少）；绿色：升级。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="186"/>
        <source>%1 v%2 is now in force; every client&apos;s tier is being recomputed.</source>
        <translation>%1 第%2版已生效，正在重算所有客户的等级。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="195"/>
        <source>Recomputing tiers...</source>
        <translation>正在重算等级……</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="195"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="210"/>
        <source>%1 of %2 clients done, %3 changed tier...</source>
        <translation>已完成 %1 / %2 位客户，%3 位等级变化……</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="221"/>
        <source>Recomputed %1 clients; %2 changed tier.</source>
        <translation>已重算 %1 位客户，%2 位等级变化。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="235"/>
        <source>Loading...</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="257"/>
        <source>Select a policy and preview what it would do now.</source>
        <translation>选择一项策略，预览其当前应用的效果。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="268"/>
        <source>Computing the preview over every client...</source>
        <translation>正在对全部客户计算预览……</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="283"/>
        <source>%1 v%2 applied now: %3 of %4 clients would change tier.</source>
        <translation>%1 第%2版若现在应用：%4 位客户中有 %3 位等级会变化。</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="296"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="303"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="304"/>
        <source>With this policy</source>
        <translation>应用此策略后</translation>
    </message>
    <message>
        <location filename="../src/gui/tiering/tiering_page.cpp" line="320"/>
        <source>Clients per tier</source>
        <translation>各等级客户数</translation>
    </message>
</context>
<context>
    <name>crm::desktop::TransferDialog</name>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="100"/>
        <source>Transfer clients</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="100"/>
        <source>Transfer</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="104"/>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="120"/>
        <source>Choose an account manager</source>
        <translation>请选择客户经理</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="105"/>
        <source>From:</source>
        <translation>移出：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="111"/>
        <source>Every client of this account manager</source>
        <translation>该客户经理名下的全部客户</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="118"/>
        <source>Clients:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="121"/>
        <source>To:</source>
        <translation>移入：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="122"/>
        <source>e.g. 王磊 left the firm (recorded)</source>
        <translation>例如：王磊离职（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="123"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="124"/>
        <source>The clients&apos; history stays with them; the new account manager sees them at once.</source>
        <translation>客户的历史记录随客户保留；新客户经理立即可见。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="155"/>
        <source>The clients selected in the list (none selected)</source>
        <translation>列表中选中的客户（未选择）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="156"/>
        <source>The %n client(s) selected in the list</source>
        <translation>
            <numerusform>列表中选中的 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="169"/>
        <source>Choose whose clients move.</source>
        <translation>请选择移出哪位经理的客户。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="173"/>
        <source>Choose who takes them over.</source>
        <translation>请选择接手的客户经理。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="176"/>
        <source>Choose a different account manager.</source>
        <translation>请选择另一位客户经理。</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="189"/>
        <source>Finding the clients...</source>
        <translation>正在查找客户……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="229"/>
        <source>Transferring %1 of %2 clients...</source>
        <translation>正在移交客户（%1 / %2）……</translation>
    </message>
    <message>
        <location filename="../src/gui/customers/client_access_dialogs.cpp" line="235"/>
        <source>%1 clients were transferred before this problem: %2</source>
        <translation>出现问题前已移交 %1 位客户：%2</translation>
    </message>
</context>
<context>
    <name>crm::desktop::WatchlistPage</name>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="19"/>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="47"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="20"/>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="48"/>
        <source>Confirmed match</source>
        <translation>确认命中</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="21"/>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="49"/>
        <source>Cleared</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="26"/>
        <source>PEP</source>
        <translation>政要（PEP）</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="27"/>
        <source>Sanctions</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="32"/>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="33"/>
        <source>Name changed</source>
        <translation>姓名变更</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="34"/>
        <source>List loaded</source>
        <translation>名单更新</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="41"/>
        <source>Watch-list hits</source>
        <translation>名单命中</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="50"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="51"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="53"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="59"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="70"/>
        <source>Every client is screened when created, when renamed and whenever an admin loads a list; names match across full-width and half-width forms, spaces and, where the mapping is loaded, traditional and simplified characters. A hit is not a block: confirm it or clear it as a false positive, with the reason. The client&apos;s manager is not told.</source>
        <translation>每位客户在新建、改名以及管理员加载名单时都会被筛查；姓名比对忽略全角/半角、空格，并在加载映射表后识别繁简体。命中不会拦截业务：请确认命中或作为误报排除，并填写理由。客户经理不会收到通知。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>Raised</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="83"/>
        <source>Matched name</source>
        <translation>命中姓名</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Listed person</source>
        <translation>名单人员</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Found by</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="84"/>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="94"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="98"/>
        <source>Why: cite the evidence (which document, which date); do not copy ID numbers</source>
        <translation>理由：说明依据（哪份文件、哪个日期），请勿抄录证件号码</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="100"/>
        <source>Confirm match</source>
        <translation>确认命中</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="102"/>
        <source>Clear as false positive</source>
        <translation>作为误报排除</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="125"/>
        <source>Assigned to you.</source>
        <translation>已分配给您。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="175"/>
        <source>No PEP or sanctions list is loaded, so clients are not being screened. An admin loads one with crm-admin aml list load.</source>
        <translation>尚未加载政要或制裁名单，客户未被筛查。请管理员使用 crm-admin aml list load 加载名单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="181"/>
        <source>%1 list version %2 (%n entries, loaded %3)</source>
        <translation>
            <numerusform>%1名单第 %2 版（%n 条，%3 加载）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="186"/>
        <source>Screened against: %1</source>
        <translation>筛查依据：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="190"/>
        <source>Loading...</source>
        <translation>正在加载……</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="208"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="236"/>
        <source>%1 matches %2 (%3) on the %4 list, version %5.</source>
        <translation>%1 与%4名单第 %5 版中的 %2（%3）相符。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="239"/>
        <source>%1 matches &quot;%2&quot;, a name of %3 (%4) on the %5 list, version %6.</source>
        <translation>%1 与“%2”相符，该名称属于%5名单第 %6 版中的 %3（%4）。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="242"/>
        <source>Found: %1.</source>
        <translation>发现方式：%1。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="243"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="275"/>
        <source>Confirmed as a match.</source>
        <translation>已确认命中。</translation>
    </message>
    <message>
        <location filename="../src/gui/compliance/watchlist_page.cpp" line="275"/>
        <source>Cleared.</source>
        <translation>已排除。</translation>
    </message>
</context>
<context>
    <name>crm::desktop::Workstation</name>
    <message>
        <location filename="../src/gui/workstation.cpp" line="152"/>
        <source>Your session has ended. Sign in again to carry on; what you have typed is kept.</source>
        <translation>会话已结束。请重新登录以继续，您已输入的内容会保留。</translation>
    </message>
    <message>
        <location filename="../src/gui/workstation.cpp" line="158"/>
        <source>Sign in as %1 to carry on, or cancel to sign out.</source>
        <translation>请以 %1 身份登录以继续，或取消以退出登录。</translation>
    </message>
</context>
</TS>
